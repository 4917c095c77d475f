using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.share for a rate of counts: 「全年累计完成5批次共5939家高企…申报推荐工作。目前已公示3596家高企认定，
/// 通过率为60.55%。」 — the rate (a word of countRatioWords) follows its part, and its whole is the nearest figure of the
/// same unit before the part that a whole marker (共, 累计 …) introduces, in the same or the previous sentence.
/// </summary>
/// <remarks>Traps: figures in brackets (「（其中江北新区1206家，…共4733家）」) detail a whole and are not it; the whole
/// is taken only when the nearest unbracketed figure of the unit is marked as a whole, otherwise nothing is judged;
/// only named rates of counts are read (执行率, 增长率, 满意度 are not a part over a stated count); rounding by
/// intervals.</remarks>
internal sealed class CountRatioCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (facts, text) in context.SentenceFacts())
        {
            int[]? depth = null;
            for (int i = 1; i < facts.Count; i++)
            {
                var (share, part) = (facts[i], facts[i - 1]);
                if (share.Quantity.Kind != UnitKind.Percent || !share.Quantity.IsExact || share.Measure == "share") continue;
                if (part.Quantity.Kind is UnitKind.Percent or UnitKind.Money || !part.Quantity.IsExact
                    || part.SentenceIndex != share.SentenceIndex) continue;
                if (!NamesCountRatio(text[part.Quantity.End..share.Quantity.Start], context.Tolerances.CountRatioWords)) continue;
                var whole = Whole(facts, i - 1, text, depth ??= BracketDepth.Of(text), context.Tolerances.WholeMarkers);
                if (whole == null || whole.Quantity.BaseValue < part.Quantity.BaseValue || whole.Value <= 0) continue;
                var computed = Interval.Percent(Interval.Of(part.Quantity), Interval.Of(whole.Quantity));
                if (computed == null || computed.Value.Overlaps(Interval.Of(share.Quantity).Widen(context.Tolerances.ShareExtraPoints))) continue;
                var expected = Numbers.Format(part.Quantity.BaseValue / whole.Quantity.BaseValue * 100m, Math.Max(2, share.Quantity.Decimals));
                yield return new Finding("arithmetic.share", Severity.Error,
                    $"比率与数据不符：{part.Show()} ÷ {whole.Show()} = {expected}%，报告写 {share.Show()}。/ The rate should be {expected}% ({part.Show()} of {whole.Show()}), report says {share.Show()}.",
                    share.Text, expected + "%", share.Show(), share.Location);
            }
        }
    }

    /// <summary>The text between part and rate ends with a rate of counts (「高企认定，通过率为」).</summary>
    private static bool NamesCountRatio(string between, IReadOnlyList<string> words)
    {
        var tail = between.TrimEnd(' ', '：', ':');
        foreach (var link in new[] { "约为", "达到", "为", "达", "是", "" })
            if (tail.EndsWith(link, StringComparison.Ordinal)
                && words.Any(w => tail[..^link.Length].EndsWith(w, StringComparison.Ordinal)))
                return true;
        return false;
    }

    /// <summary>The nearest unbracketed figure of the part's unit before it, in its sentence or the one before, when a
    /// whole marker introduces it; null otherwise.</summary>
    private static Fact? Whole(List<Fact> facts, int partIndex, string text, int[] depth, IReadOnlyList<string> markers)
    {
        var part = facts[partIndex];
        for (int k = partIndex - 1; k >= 0; k--)
        {
            var f = facts[k];
            if (f.SentenceIndex < part.SentenceIndex - 1) return null;
            if (!Units.Comparable(f.Unit, part.Unit) || !f.Quantity.IsExact || depth[f.Quantity.Start] > 0) continue;
            int from = k > 0 ? facts[k - 1].Quantity.End : 0;
            var before = text[from..f.Quantity.Start];
            return markers.Any(m => before.EndsWith(m, StringComparison.Ordinal)) ? f : null;
        }
        return null;
    }
}
