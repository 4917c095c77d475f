using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Text;

/// <summary>
/// Reads plain-text reports, including text dumps of Word files: paragraphs one per line (several may be run
/// together with runs of four spaces), tables as TAB-line blocks, dump artefacts such as
/// <c>[bookmark: _GoBack]</c> dropped.
/// </summary>
internal sealed partial class TextReportReader : IDocumentReader
{
    public static TextReportReader Instance { get; } = new();

    public string Format => "txt";
    public IReadOnlyList<string> Extensions { get; } = [".txt"];

    [GeneratedRegex(@"\[(?:bookmark|image|shape|comment):[^\]\n]*\]")]
    private static partial Regex DumpArtefact();

    /// <summary>Four or more spaces inside a line: the dump's join between paragraphs.</summary>
    [GeneratedRegex(@"(?<=\S) {4,}(?=\S)")]
    private static partial Regex ParagraphJoin();

    public Document Read(SourceFile file)
    {
        var (decoded, problem) = TextDecoder.Decode(file.Bytes);
        if (decoded == null)
            return new Document(file.Info(Format), [], ReadError.Corrupt(problem!));

        var text = decoded.Text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\f', '\n');
        var blocks = ReadBlocks(text.Split('\n'));
        var info = file.Info(Format, encoding: decoded.EncodingName);
        if (!blocks.OfType<Paragraph>().Any() && !blocks.OfType<Table>().Any())
            return new Document(info, blocks, ReadError.Empty("只有空白 / only white space"));
        return new Document(info, blocks);
    }

    private static List<Block> ReadBlocks(string[] lines)
    {
        var builder = new BlockListBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = DumpArtefact().Replace(lines[i], "");
            if (line.StartsWith('\t'))
            {
                int end = TableBlockEnd(lines, i);
                var rows = TabTableParser.ParseRows(lines[i..end].Select(l => DumpArtefact().Replace(l, "")).ToList());
                builder.AddTableOrParagraphs(rows);
                i = end - 1;
                continue;
            }
            foreach (var part in ParagraphJoin().Split(line))
                builder.AddParagraph(part);
        }
        return builder.Blocks;
    }

    /// <summary>A TAB block runs on through blank lines while the next text line is a cell (starts with TAB) or
    /// directly continues a cell; a text line after a blank line ends it.</summary>
    private static int TableBlockEnd(string[] lines, int start)
    {
        int i = start + 1;
        while (i < lines.Length)
        {
            if (lines[i].StartsWith('\t') || (!IsBlank(lines[i]) && !IsBlank(lines[i - 1])))
            {
                i++;
                continue;
            }
            if (IsBlank(lines[i]))
            {
                int next = i;
                while (next < lines.Length && IsBlank(lines[next])) next++;
                if (next < lines.Length && lines[next].StartsWith('\t')) { i = next; continue; }
            }
            break;
        }
        return i;
    }

    /// <summary>A line with only a TAB is an empty cell, not a blank line.</summary>
    private static bool IsBlank(string line) => !line.StartsWith('\t') && line.Trim().Length == 0;
}
