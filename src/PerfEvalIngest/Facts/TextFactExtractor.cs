using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts;

/// <summary>
/// Facts in running text. A quantity takes the concept of the nearest wording before it in its sentence, looking
/// no further back than the previous quantity; a figure that follows another with only connecting words between
/// ("人员经费预算为1776.43元，决算为2219.81万元") takes the previous figure's concept with its own measure.
/// A percentage after 占 is a share of the concept before it, of the whole that 占 names.
/// </summary>
internal sealed class TextFactExtractor
{
    private readonly ConceptDictionary _concepts;

    private readonly string[] _measureWords;

    public TextFactExtractor(ConceptDictionary concepts)
    {
        _concepts = concepts;
        _measureWords = concepts.MeasureWords.Values.SelectMany(w => w).Distinct().OrderByDescending(w => w.Length).ToArray();
    }

    // What may stand between two figures of the same concept: punctuation, copulas and measure words; longest first,
    // so that 合计 goes before 计.
    private static readonly string[] Connectors =
        new[] { "，", ",", "、", "为", "是", "达", "共", "计", "合计", "共计", "：", ":", "（", "）", "(", ")", "的", "数", "年终", "全年",
                "预算", "决算", "实际", "年初", "调整后", "金额" }
            .OrderByDescending(c => c.Length).ToArray();

    /// <summary>The longest evidence a fact keeps (characters).</summary>
    public const int MaxEvidence = 400;

    public List<Fact> Extract(string text, string original, Location location, int blockIndex, int skipPrefix = 0)
    {
        var facts = new List<Fact>();
        var quantities = QuantityScanner.Scan(text).Where(q => q.Start >= skipPrefix).ToList();
        if (quantities.Count == 0) return facts;
        var mentions = _concepts.FindMentions(text);

        Fact? previous = null;
        var sentenceStarts = Sentences.Starts(text);
        int mentionCursor = 0, sentenceIndex = 0;
        foreach (var q in quantities)
        {
            while (sentenceIndex + 1 < sentenceStarts.Count && sentenceStarts[sentenceIndex + 1] <= q.Start) sentenceIndex++;
            while (mentionCursor < mentions.Count && mentions[mentionCursor].End <= q.Start) mentionCursor++;
            int sentenceStart = sentenceStarts[sentenceIndex];
            int sentenceEnd = sentenceIndex + 1 < sentenceStarts.Count ? sentenceStarts[sentenceIndex + 1] : text.Length;
            if (previous != null && previous.Quantity.Start < sentenceStart) previous = null;
            int windowStart = Math.Max(sentenceStart, previous?.Quantity.End ?? sentenceStart);
            var window = text[windowStart..q.Start];

            var mention = mentionCursor > 0 && mentions[mentionCursor - 1].Start >= windowStart ? mentions[mentionCursor - 1] : null;
            // Measure words inside the concept's own wording (一般公共预算财政拨款收入) say nothing about the figure.
            string? measure = _concepts.MeasureIn(mention == null ? window
                : text[windowStart..mention.Start] + " " + text[mention.End..q.Start]);
            // The concept's name followed by a budget word (基本支出 + 预算数) names the budget view of the concept.
            if (measure == null && mention != null && mention.Concept.ImpliedMeasure == null
                && mention.Wording.StartsWith(mention.Concept.Label, StringComparison.Ordinal)
                && _concepts.MeasureWords.TryGetValue("budget", out var budgetWords)
                && budgetWords.Contains(mention.Wording[mention.Concept.Label.Length..]))
                measure = "budget";
            Concept? concept = mention?.Concept;
            string? label = mention?.Wording;
            string? of = null;

            if (q.Kind == UnitKind.Percent && window.Contains('占'))
            {
                measure = "share";
                of = ShareWhole(window);
                if (concept == null || !concept.Accepts(UnitKind.Percent))
                {
                    concept = previous?.Concept is string pc ? _concepts[pc] : null;
                    label = previous?.Label;
                }
            }
            else if (concept != null && !concept.Accepts(q.Kind))
            {
                concept = null;
                label = null;
            }
            else if (concept == null && previous?.Concept is string inherited && OnlyConnectors(window)
                     && _concepts[inherited] is { } prevConcept && prevConcept.Accepts(q.Kind))
            {
                concept = prevConcept;
                label = previous.Label;
                measure ??= previous.Measure;
            }
            else if (concept == null && q.Kind == UnitKind.Money && previous?.Concept is string sameSentence
                     && measure != null && _concepts[sameSentence] is { Kind: "money" } moneyConcept
                     && OnlyConnectors(StripMeasureWords(window)))
            {
                concept = moneyConcept;
                label = previous.Label;
            }

            if (q.Kind != UnitKind.Money && measure != "share") measure = null;
            // The sentence is the evidence, up to a window around the figure: a line of megabytes without a full stop
            // must not be copied into every one of its figures.
            int from = sentenceStart, to = sentenceEnd;
            if (to - from > MaxEvidence)
            {
                from = Math.Max(sentenceStart, q.Start - MaxEvidence / 2);
                to = Math.Min(sentenceEnd, from + MaxEvidence);
            }
            var evidence = original.Length == text.Length ? original[from..to] : text[from..to];
            var fact = new Fact(q, concept?.Id, label, measure, of, evidence.Trim(), location, blockIndex, sentenceIndex);
            facts.Add(fact);
            previous = fact;
        }
        return facts;
    }

    private string? ShareWhole(string window)
    {
        int at = window.LastIndexOf('占');
        // 占“三公”经费的: the quotes around a term are not part of its wording.
        var after = window[(at + 1)..].Replace("“", "").Replace("”", "").Replace("\"", "");
        foreach (var (wording, concept) in _concepts.ShareTotals.OrderByDescending(kv => kv.Key.Length))
            if (after.Contains(wording, StringComparison.Ordinal)) return concept;
        return null;
    }

    private string StripMeasureWords(string window)
    {
        foreach (var w in _measureWords) window = window.Replace(w, "");
        return window;
    }

    private static bool OnlyConnectors(string window)
    {
        var rest = window;
        foreach (var c in Connectors) rest = rest.Replace(c, "");
        return rest.Trim().Length == 0;
    }
}
