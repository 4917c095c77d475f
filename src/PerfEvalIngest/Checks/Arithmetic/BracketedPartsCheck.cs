using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks.Arithmetic;

/// <summary>
/// arithmetic.sum — parts stated in brackets right after their whole: 「地上建筑面积为8013平方米（其中计容面积7998平方米，
/// 不计容面积105平方米）」. Whatever the parts leave out, together they cannot exceed the whole.
/// </summary>
/// <remarks>Traps: a 其中 list may name only some parts, so only an excess is a fault; figures of another kind or
/// unit inside the brackets (a share, a count) are not parts; rounding (intervals).</remarks>
internal sealed class BracketedPartsCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        foreach (var (facts, text) in context.ParagraphFacts())
            for (int i = 0; i < facts.Count; i++)
            {
                var whole = facts[i];
                if (!whole.Quantity.IsExact || whole.Quantity.Kind == UnitKind.Percent) continue;
                int open = whole.Quantity.End;
                while (open < text.Length && text[open] == ' ') open++;
                if (open + 3 > text.Length || text[open] is not ('（' or '(') || !text.AsSpan(open + 1).StartsWith("其中")) continue;
                int close = text.IndexOfAny(['）', ')'], open);
                if (close < 0) continue;
                var parts = facts.Skip(i + 1).TakeWhile(f => f.Quantity.End <= close).ToList();
                if (parts.Count == 0 || parts.Any(p => !p.Quantity.IsExact || !Units.Comparable(p.Unit, whole.Unit))) continue;
                // A bracket inside the bracket (「（其中…（含…））」) may restate a part: not judged.
                if (text.IndexOfAny(['（', '('], open + 1) is int inner && inner >= 0 && inner < close) continue;
                if (PartsSum.Broken(whole, parts, complete: false) is not var (total, listed)) continue;
                yield return new Finding("arithmetic.sum", Severity.Error,
                    $"分项之和大于总数：{whole.Show()}（其中 {listed} = {total}{whole.Unit}）。/ The parts in brackets add up to {total}{whole.Unit}, more than their whole {whole.Show()}.",
                    whole.Text, "≤ " + whole.Show(), total + whole.Unit, whole.Location);
            }
    }
}
