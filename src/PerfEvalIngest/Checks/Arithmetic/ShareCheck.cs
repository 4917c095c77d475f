using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.share — "shares equal what their inputs give" (占比 = part / total). Three forms: "基本支出355.21万元，
/// 占总支出63.06%" (the whole named after 占), "A X家、B Y家，占比分别为P%和Q%" (parts of the 其中 total, in order),
/// and "完成统计企业11372家，占比99.13%" (the part over the figure before it).
/// </summary>
/// <remarks>Traps: rounding of part, whole and printed share (interval arithmetic); approximate figures skipped;
/// a whole of zero gives no share.</remarks>
internal sealed class ShareCheck : ICheck
{
    private const string Rule = "arithmetic.share";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var settled = new HashSet<Fact>();
        foreach (var set in ShareSets(context))
        {
            var whole = set.Aggregate(0m, (sum, pair) => sum + pair.Part.Quantity.BaseValue);
            foreach (var (part, share) in set)
            {
                settled.Add(share);
                var finding = Compare(share, part, whole, context.Tolerances.ShareExtraPoints);
                if (finding != null) yield return finding;
            }
        }
        foreach (var (facts, text) in context.SentenceFacts())
        {
            for (int i = 0; i < facts.Count; i++)
            {
                var share = facts[i];
                if (share.Quantity.Kind != UnitKind.Percent || share.Measure != "share" || !share.Quantity.IsExact || settled.Contains(share)) continue;
                var window = text[Math.Max(0, (i > 0 ? facts[i - 1].Quantity.End : 0))..share.Quantity.Start];

                if (window.Contains("分别"))
                {
                    foreach (var f in Respectively(facts, i, text, context)) yield return f;
                    continue;
                }
                var part = i > 0 ? facts[i - 1] : null;
                if (part == null || part.Quantity.Kind == UnitKind.Percent || part.SentenceIndex != share.SentenceIndex) continue;
                // The named whole in the sentence, else the nearest one stated before it in the section (「项目实际支出1066万元。
                // （1）…补贴支出255.33万元，占项目实际支出的23.95%」), else the first in the report.
                Fact? whole = share.Of != null
                    ? facts.FirstOrDefault(f => f.Concept == share.Of && f.EffectiveMeasure(context.Concepts) == part.EffectiveMeasure(context.Concepts))
                      ?? (share.InTable ? null : context.EarlierInSection(share).FirstOrDefault(f => f.Concept == share.Of && f.Quantity.Kind != UnitKind.Percent && f.Measure != "share"))
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

    /// <summary>Parts listed one after another each with its share (「基本支出13,994.31万元，占63.75%；项目支出5,573万元，
    /// 占25.38%；单位预留机动经费2,388.04万元，占10.87%」, in one paragraph or in a paragraph each) are the whole
    /// between them when their shares make 100%, or when they are every part of the whole the shares name (出国、公车、
    /// 接待 of “三公”经费): the shares are then checked against the parts' sum, whatever whole is stated elsewhere.</summary>
    private static IEnumerable<List<(Fact Part, Fact Share)>> ShareSets(CheckContext context)
    {
        var facts = context.Facts.Facts.Where(f => !f.InTable).ToList();
        var run = new List<(Fact Part, Fact Share)>();
        IEnumerable<List<(Fact Part, Fact Share)>> Close()
        {
            if (run.Count >= 2 && IsWhole(run, context)) yield return run;
            run = [];
        }
        for (int i = 1; i < facts.Count; i++)
        {
            var (part, share) = (facts[i - 1], facts[i]);
            bool pair = share.Quantity.Kind == UnitKind.Percent && share.Measure == "share" && share.Quantity.IsExact
                        && part.Quantity.Kind != UnitKind.Percent && part.Quantity.IsExact && part.BlockIndex == share.BlockIndex
                        && context.Structure.Document.Blocks[share.BlockIndex] is DocumentModel.Paragraph p
                        && !p.Text[part.Quantity.End..share.Quantity.Start].Contains("分别");
            if (!pair) continue;
            // The pair continues the run when nothing but its own part stands between it and the run's last share,
            // in the same paragraph or at the start of the next.
            bool continues = i >= 2 && run.Count > 0 && run[^1].Share == facts[i - 2] && share.Of == run[^1].Share.Of
                             && part.BlockIndex - run[^1].Share.BlockIndex <= 1 && Units.Comparable(part.Unit, run[0].Part.Unit);
            if (!continues) foreach (var set in Close()) yield return set;
            run.Add((part, share));
        }
        foreach (var set in Close()) yield return set;
    }

    private static bool IsWhole(List<(Fact Part, Fact Share)> run, CheckContext context)
    {
        if (run[0].Share.Of is string of)
        {
            var concepts = run.Select(p => p.Part.Concept).ToHashSet();
            return context.Concepts[of]?.Parts.Any(d => d.Count == concepts.Count && d.All(c => concepts.Contains(c))) == true;
        }
        var total = run.Aggregate(Interval.Exact(0), (sum, p) => sum + Interval.Of(p.Share.Quantity));
        return total.Widen(0.011m).Overlaps(Interval.Exact(100m));
    }

    /// <summary>A share against the sum of the listed parts, taken as printed: the writer computed the shares from
    /// these very figures, so only the share's own rounding is allowed for.</summary>
    private static Finding? Compare(Fact share, Fact part, decimal whole, decimal extraPoints)
    {
        if (whole <= 0) return null;
        decimal computed = part.Quantity.BaseValue / whole * 100m;
        if (Interval.Of(share.Quantity).Widen(extraPoints).Overlaps(Interval.Exact(computed))) return null;
        var expected = Numbers.Format(computed, Math.Max(2, share.Quantity.Decimals));
        var shown = Numbers.Format(whole / Units.Factor(part.Unit), 2);
        // A share forced by a point or two of the last digit so that the shares make 100% is a slip; more is an error.
        var severity = Math.Abs(computed - share.Quantity.Value) < 0.1m ? Severity.Warning : Severity.Error;
        return new Finding(Rule, severity,
            $"占比与数据不符：{part.Show()} ÷ {shown}{part.Unit}（各项之和）= {expected}%，报告写 {share.Show()}。/ Share should be {expected}% ({part.Show()} of the parts' sum {shown}{part.Unit}), report says {share.Show()}.",
            share.Text, expected + "%", share.Show(), share.Location);
    }

    private static Finding? Compare(Fact share, Fact part, Fact whole, decimal extraPoints)
    {
        if (!part.Quantity.IsExact || !whole.Quantity.IsExact || whole.Value <= 0) return null;
        var computed = Interval.Percent(Interval.Of(part.Quantity), Interval.Of(whole.Quantity));
        if (computed == null || computed.Value.Overlaps(Interval.Of(share.Quantity).Widen(extraPoints))) return null;
        var expected = Numbers.Format(part.Quantity.BaseValue / whole.Quantity.BaseValue * 100m, Math.Max(2, share.Quantity.Decimals));
        return new Finding(Rule, Severity.Error,
            $"占比与数据不符：{part.Show()} ÷ {whole.Show()} = {expected}%，报告写 {share.Show()}。/ Share should be {expected}% ({part.Show()} of {whole.Show()}), report says {share.Show()}.",
            share.Text, expected + "%", share.Show(), share.Location);
    }
}
