using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.sum — parts named in prose after their whole: 「资产总额8130.46万元，其中货币资金6081.00万元，固定资产净值
/// 1805.24万元，…」, 「非流动资产882.52万元，主要为固定资产27.77万元…，无形资产854.75万元」, 「共1046家，其中初创期326家、
/// 成长期250家、稳定期470家」 (money only, see below). Whatever the parts leave out, together they cannot exceed the whole.
/// </summary>
/// <remarks>Traps: a 其中 list may name only some parts, so only an excess is a fault — unless it names every part of
/// a complete set (tolerances.json's completePartSets: 当年财政拨款, 上年结转, 其他资金), which must make the whole; the parts end at the next
/// 其中/主要为 (a part's own parts) and at the sentence's end; a figure after a change word (比上年增加…) or inside
/// brackets is no part; overlapping categories (高新技术企业 and 科技型中小企业, tolerances.json) may together exceed
/// their whole, and counts of people or firms overlap so often that only money is summed; parts the concept
/// dictionary decomposes are left to the concept sum; shares, rates and figures of another unit are no parts; rounding
/// (intervals).</remarks>
internal sealed class ProsePartsCheck : ICheck
{
    private static readonly string[] Markers = ["其中：", "其中:", "其中", "主要为", "主要包括", "主要是"];
    private static readonly string[] ChangeWords = ["增加", "减少", "增长", "下降", "比", "较", "同比", "上年", "超支", "结余"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (facts, text) in context.ParagraphFacts())
        {
            if (!Markers.Any(m => text.Contains(m, StringComparison.Ordinal))) continue;
            var depth = BracketDepth.Of(text);
            foreach (var (marker, markerEnd) in MarkersIn(text, depth))
            {
                var whole = facts.LastOrDefault(f => f.Quantity.End <= marker);
                // Money only: counts of people or firms overlap too often (高校毕业生 and 本市户籍劳动者) to be parts.
                if (whole == null || !whole.Quantity.IsExact || whole.Quantity.Kind != UnitKind.Money) continue;
                // The whole stands right before the marker, in its sentence (「…8130.46万元，其中…」).
                var between = text[whole.Quantity.End..marker].Trim(' ', '，', ',', '：', ':');
                if (between.Length > 0 || whole.SentenceIndex != facts.FirstOrDefault(f => f.Quantity.Start >= markerEnd)?.SentenceIndex) continue;
                int stop = NextStop(text, markerEnd, depth);
                var parts = new List<Fact>();
                var leads = new List<string>();
                int from = markerEnd;
                foreach (var f in facts.Where(f => f.Quantity.Start >= markerEnd && f.Quantity.End <= stop))
                {
                    var lead = text[from..f.Quantity.Start];
                    leads.Add(lead);
                    from = f.Quantity.End;
                    if (depth[f.Quantity.Start] > 0) continue;
                    // 上年结转资金 is money brought forward, a part, not last year's figure.
                    var plain = lead.Replace("上年结转", "", StringComparison.Ordinal).Replace("上年结余", "", StringComparison.Ordinal);
                    if (ChangeWords.Any(w => plain.Contains(w, StringComparison.Ordinal)) || !f.Quantity.IsExact
                        || f.Quantity.Kind == UnitKind.Percent || !Units.Comparable(f.Unit, whole.Unit))
                    {
                        parts.Clear();
                        break;
                    }
                    parts.Add(f);
                }
                if (parts.Count == 0) continue;
                // Parts the concept dictionary knows as its whole's decomposition are SumCheck's to judge.
                if (whole.Concept != null && context.Concepts[whole.Concept]?.Parts.Any(d => parts.All(p => p.Concept != null && d.Contains(p.Concept))) == true)
                    continue;
                var listed = text[markerEnd..stop];
                if (context.Tolerances.OverlappingCategories.Count(c => listed.Contains(c, StringComparison.Ordinal)) >= 2) continue;
                // 「全年预算385.26万元，其中当年财政拨款…、上年结转资金…、其他资金…」 names every part: they must make the whole.
                bool complete = parts.Count == leads.Count && context.Tolerances.CompletePartSets.Any(set =>
                    set.Count == parts.Count && set.All(word => leads.Any(l => l.Contains(word, StringComparison.Ordinal))));
                if (PartsSum.Broken(whole, parts, complete) is not var (total, addends)) continue;
                yield return new Finding("arithmetic.sum", Severity.Error,
                    complete
                        ? $"分项之和与总数不符：{whole.Show()}，{text[marker..markerEnd]}{addends} = {total}{whole.Unit}。/ The parts add up to {total}{whole.Unit}, not their whole {whole.Show()}."
                        : $"分项之和大于总数：{whole.Show()}，{text[marker..markerEnd]}{addends} = {total}{whole.Unit}。/ The parts add up to {total}{whole.Unit}, more than their whole {whole.Show()}.",
                    whole.Text, (complete ? "" : "≤ ") + whole.Show(), total + whole.Unit, whole.Location);
            }
        }
    }

    /// <summary>Each part marker (其中, 主要为 …) and where its parts begin, outside brackets.</summary>
    private static IEnumerable<(int Start, int End)> MarkersIn(string text, int[] depth)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (depth[i] > 0) continue;
            foreach (var m in Markers)
                if (string.CompareOrdinal(text, i, m, 0, m.Length) == 0)
                {
                    yield return (i, i + m.Length);
                    i += m.Length - 1;
                    break;
                }
        }
    }

    /// <summary>Where the parts end: the next marker outside brackets, or the sentence's end (。；).</summary>
    private static int NextStop(string text, int from, int[] depth)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (depth[i] > 0) continue;
            if (text[i] is '。' or '；' or ';') return i;
            if (Markers.Any(m => string.CompareOrdinal(text, i, m, 0, m.Length) == 0)) return i;
        }
        return text.Length;
    }
}
