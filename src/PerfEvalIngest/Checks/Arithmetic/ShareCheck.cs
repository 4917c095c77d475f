using PerfEvalIngest.Facts;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.share — "shares equal what their inputs give" (占比 = part / total). Three forms: "基本支出355.21万元，
/// 占总支出63.06%" (the whole named after 占), "A X家、B Y家，占比分别为P%和Q%" (parts of the 其中 total, in order),
/// and "完成统计企业11372家，占比99.13%" (the part over the figure before it).
/// </summary>
/// <remarks>Traps: rounding of part, whole and printed share (interval arithmetic); approximate figures skipped;
/// a whole of zero gives no share.</remarks>
public sealed class ShareCheck : ICheck
{
    public string Category => "arithmetic";
    private const string Rule = "arithmetic.share";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (facts, text) in context.ParagraphFacts())
        {
            for (int i = 0; i < facts.Count; i++)
            {
                var share = facts[i];
                if (share.Quantity.Kind != UnitKind.Percent || share.Measure != "share" || !share.Quantity.IsExact) continue;
                var window = text[Math.Max(0, (i > 0 ? facts[i - 1].Quantity.End : 0))..share.Quantity.Start];

                if (window.Contains("分别"))
                {
                    foreach (var f in Respectively(facts, i, text, context)) yield return f;
                    continue;
                }
                var part = i > 0 ? facts[i - 1] : null;
                if (part == null || part.Quantity.Kind == UnitKind.Percent || part.SentenceIndex != share.SentenceIndex) continue;
                Fact? whole = share.Of != null
                    ? facts.FirstOrDefault(f => f.Concept == share.Of && f.EffectiveMeasure(context.Concepts) == part.EffectiveMeasure(context.Concepts))
                      ?? context.Facts.Facts.FirstOrDefault(f => f.Concept == share.Of && !f.InTable)
                    : facts.Take(i - 1).LastOrDefault(f => f.SentenceIndex == share.SentenceIndex && Units.Comparable(f.Unit, part.Unit));
                if (whole == null || whole == part || !Units.Comparable(whole.Unit, part.Unit)) continue;
                var finding = Compare(share, part, whole, context.Tolerances.ShareExtraPoints);
                if (finding != null) yield return finding;
            }
        }
    }

    private static IEnumerable<Finding> Respectively(List<Fact> facts, int first, string text, CheckContext context)
    {
        var shares = facts.Skip(first).TakeWhile(f => f.Quantity.Kind == UnitKind.Percent && f.SentenceIndex == facts[first].SentenceIndex).ToList();
        if (first == 0 || shares.Count < 2) yield break;
        var before = facts.Take(first).Where(f => f.SentenceIndex == facts[first].SentenceIndex && f.Quantity.Kind != UnitKind.Percent).ToList();
        if (before.Count < shares.Count + 1) yield break;
        var parts = before.Skip(before.Count - shares.Count).ToList();
        var unit = parts[0].Unit;
        if (parts.Any(p => !Units.Comparable(p.Unit, unit))) yield break;
        int qiZhong = text.LastIndexOf("其中", parts[0].Quantity.Start, StringComparison.Ordinal);
        var whole = before.Take(before.Count - shares.Count).LastOrDefault(f => Units.Comparable(f.Unit, unit)
                                                                              && (qiZhong < 0 || f.Quantity.End <= qiZhong));
        if (whole == null) yield break;
        for (int k = 0; k < shares.Count; k++)
        {
            var finding = Compare(shares[k], parts[k], whole, context.Tolerances.ShareExtraPoints);
            if (finding != null) yield return finding;
        }
    }

    private static Finding? Compare(Fact share, Fact part, Fact whole, decimal extraPoints)
    {
        if (!part.Quantity.IsExact || !whole.Quantity.IsExact || whole.Value <= 0) return null;
        var computed = Interval.Percent(Interval.Of(part.Quantity), Interval.Of(whole.Quantity));
        if (computed == null || computed.Value.Overlaps(Interval.Of(share.Quantity).Widen(extraPoints))) return null;
        var expected = Numbers.Format(part.Quantity.BaseValue / whole.Quantity.BaseValue * 100m, Math.Max(2, share.Quantity.Decimals));
        return new Finding(Rule, "arithmetic", Severity.Error,
            $"占比与数据不符：{part.Show()} ÷ {whole.Show()} = {expected}%，报告写 {share.Show()}。/ Share should be {expected}% ({part.Show()} of {whole.Show()}), report says {share.Show()}.",
            share.Text, expected + "%", share.Show(), share.Location);
    }
}
