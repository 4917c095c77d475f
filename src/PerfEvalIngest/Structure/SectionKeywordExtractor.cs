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
        // A paragraph belongs to its own section and to every section above it: it is cut once, and its counts added
        // to each (a section's text is its paragraphs joined at line breaks, which no word crosses).
        var terms = new DocumentTerms(_tfIdf, IsKeyword);
        var paragraphCounts = new IReadOnlyList<(int Word, int Count)>?[blocks.Count];
        for (int i = 0; i < outline.Count; i++)
        {
            var heading = outline[i];
            int end = blocks.Count;
            for (int k = i + 1; k < outline.Count; k++)
                if (outline[k].Level <= heading.Level) { end = outline[k].BlockIndex; break; }
            terms.Add(terms.Count(heading.Title));
            for (int b = heading.BlockIndex + 1; b < end; b++)
            {
                if (blocks[b] is not Paragraph p || structure.TableOfContents.Contains(p.Index)) continue;
                terms.Add(paragraphCounts[b] ??= terms.Count(p.Text));
            }
            result[heading.BlockIndex] = terms.TakeTop(PerSection).Select(k => k.Word).ToArray();
        }
        return new SectionKeywords(result);
    }

    private static bool IsKeyword(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c)) return false;
        return Knowledge.Units.KindOf(word) == Knowledge.UnitKind.Other;
    }
}
