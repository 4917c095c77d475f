using PerfEvalIngest.Learning;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// What the structure stage gives the learned classifiers (<see cref="DocumentClassifiers"/>): a document's kind sample
/// and the context of a top-level heading. They are the structure's to say, so the classifiers never read the
/// structure's types and the two stages stay one way round: structure asks, learning answers.
/// </summary>
internal static class ClassifierInputs
{
    /// <summary>The kind sample of a document already structured: its title, cover, file name, headings and captions.</summary>
    public static TextSample Kind(ClassifierFeatures features, StructuredDocument s) =>
        features.Kind(s.Metadata.Title, s.TitleBlock, Path.GetFileName(s.Document.Source.Path),
            s.Outline.Select(h => h.Title).Concat(s.TableCaptions.Values.OfType<string>()));

    /// <summary>For the heading of the outline at <paramref name="index"/>: the title of the part (第N部分) it stands in,
    /// and the first non-empty paragraph of its body.</summary>
    public static (string? Part, string Body) SectionContext(IReadOnlyList<Block> blocks, IReadOnlyList<Heading> outline, int index)
    {
        var heading = outline[index];
        string? part = null;
        for (int k = index - 1; k >= 0 && heading.Level > 0; k--)
            if (outline[k].Level == 0) { part = outline[k].Title; break; }
        int end = index + 1 < outline.Count ? outline[index + 1].BlockIndex : blocks.Count;
        var body = blocks.Skip(heading.BlockIndex + 1).Take(Math.Max(0, end - heading.BlockIndex - 1)).OfType<Paragraph>()
            .Select(p => p.Text).FirstOrDefault(t => t.Trim().Length > 0) ?? "";
        return (part, body);
    }
}
