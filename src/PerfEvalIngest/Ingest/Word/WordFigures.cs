using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Numbers the pictures of a Word document and pairs each with its caption: the paragraph "图N …" just after the
/// picture (Word's own caption style) or, failing that, just before it.
/// </summary>
internal static partial class WordFigures
{
    [GeneratedRegex(@"^图\s*[0-9０-９一二三四五六七八九十]+")]
    private static partial Regex Caption();

    public static IReadOnlyList<Figure> Find(IReadOnlyList<Block> blocks, IReadOnlyList<int> picturePositions)
    {
        var figures = new List<Figure>(picturePositions.Count);
        var used = new HashSet<int>();
        foreach (var position in picturePositions)
        {
            var caption = CaptionNear(blocks, position, used);
            var anchor = caption ?? (position < blocks.Count ? blocks[position] : blocks.Count > 0 ? blocks[^1] : null);
            figures.Add(new Figure(figures.Count + 1, (caption as Paragraph)?.Original, anchor?.Location ?? Location.None));
        }
        return figures;
    }

    private static Block? CaptionNear(IReadOnlyList<Block> blocks, int position, HashSet<int> used)
    {
        foreach (var i in new[] { position, position + 1, position - 1 })
            if (i >= 0 && i < blocks.Count && !used.Contains(i) && blocks[i] is Paragraph p && Caption().IsMatch(p.Text)
                && p.Text.Length <= 60)
            {
                used.Add(i);
                return p;
            }
        return null;
    }
}
