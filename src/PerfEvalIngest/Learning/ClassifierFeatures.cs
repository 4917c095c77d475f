using System.Text;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Learning;

/// <summary>
/// What the two classifiers see, built from the segmenter's tokens (precise mode, the budget terms added). Tokens are
/// prefixed by where they stand — t_ title, c_ cover, f_ file name; k_ the document kind, p_ the part a section
/// belongs to, b_ the first words of its body — so that 部门 in a title and in a heading are different features.
/// Digits become #, so 2019年 and 2024年 are one word.
/// </summary>
internal sealed class ClassifierFeatures
{
    /// <summary>How much of a cover, and of a section's body, is read.</summary>
    private const int CoverChars = 200, BodyChars = 80, MaxHeadings = 120;

    private readonly JiebaSegmenter _segmenter;

    public ClassifierFeatures(JiebaSegmenter segmenter) => _segmenter = segmenter;

    /// <summary>A document for the kind classifier: the pieces the kind rules read.</summary>
    public TextSample Kind(string? title, string titleBlock, string fileName, IEnumerable<string> headingsAndCaptions)
    {
        var words = new StringBuilder();
        Add(words, "t_", title ?? "");
        Add(words, "c_", titleBlock.Length > CoverChars ? titleBlock[..CoverChars] : titleBlock);
        Add(words, "f_", Path.GetFileNameWithoutExtension(fileName));
        foreach (var heading in headingsAndCaptions.Take(MaxHeadings)) Add(words, "", heading);
        return new TextSample { Words = words.ToString().TrimEnd(), Chars = $"{title} {Path.GetFileNameWithoutExtension(fileName)}" };
    }

    /// <summary>A top-level heading for the section classifier: the document's kind, its title, the title of the part
    /// (第N部分) it stands in, and the first words of its body.</summary>
    public TextSample Section(string kind, string title, string? part, string body)
    {
        var words = new StringBuilder("k_").Append(kind).Append(' ');
        Add(words, "", title);
        if (part != null) Add(words, "p_", part);
        Add(words, "b_", body.Length > BodyChars ? body[..BodyChars] : body);
        return new TextSample { Words = words.ToString().TrimEnd(), Chars = title };
    }

    private void Add(StringBuilder words, string prefix, string text)
    {
        foreach (var token in _segmenter.Cut(text))
        {
            var t = token.Trim();
            if (t.Length == 0 || t.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c))) continue;
            words.Append(prefix);
            foreach (char c in t) words.Append(char.IsDigit(c) ? '#' : char.IsWhiteSpace(c) ? '_' : c);
            words.Append(' ');
        }
    }
}
