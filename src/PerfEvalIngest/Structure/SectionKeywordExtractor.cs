using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Structure;

/// <summary>
/// The pipeline's segmentation stage: each section's text (its heading and the paragraphs under it, up to the next
/// heading of its level or above) cut once in precise mode with the budget user dictionary, and its heaviest words
/// by TF-IDF kept as the section's keywords for the report JSON and the dataset.
/// </summary>
/// <remarks>Figures, years and units are no keywords (「2023年」, 「15.3%」, 「万元」): words with a digit and the units
/// of models/units.json (any word it does not know as a unit is kept) are left out, as are single characters and stop words (jieba's own rule).</remarks>
internal sealed class SectionKeywordExtractor
{
    /// <summary>How many keywords a section keeps.</summary>
    public const int PerSection = 5;

    private readonly TfIdfKeywordExtractor _tfIdf;

    public SectionKeywordExtractor(TfIdfKeywordExtractor tfIdf) => _tfIdf = tfIdf;

    public JiebaSegmenter Segmenter => _tfIdf.Segmenter;

    public SectionKeywords Extract(StructuredDocument structure)
    {
        var outline = structure.Outline;
        var blocks = structure.Document.Blocks;
        var result = new Dictionary<int, IReadOnlyList<string>>(outline.Count);
        for (int i = 0; i < outline.Count; i++)
        {
            var heading = outline[i];
            int end = blocks.Count;
            for (int k = i + 1; k < outline.Count; k++)
                if (outline[k].Level <= heading.Level) { end = outline[k].BlockIndex; break; }
            var text = string.Join("\n", blocks.Skip(heading.BlockIndex + 1).Take(end - heading.BlockIndex - 1)
                .OfType<Paragraph>().Where(p => !structure.TableOfContents.Contains(p.Index)).Select(p => p.Text).Prepend(heading.Title));
            result[heading.BlockIndex] = _tfIdf.ExtractTags(text, topK: 0)
                .Where(k => !k.Word.Any(char.IsDigit) && Knowledge.Units.KindOf(k.Word) == Knowledge.UnitKind.Other)
                .Take(PerSection).Select(k => k.Word).ToArray();
        }
        return new SectionKeywords(result);
    }
}
