using System.Text.RegularExpressions;
using PerfEvalIngest.Facts.Statements;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.reason-contradiction — "the reason goes the other way": 「…比2023年预算执行数减少2.98%。主要原因是：宣传事务
/// 一般行政管理事务经费增加。」 A change whose very next sentence gives as its reason that the item's own 经费 moved
/// the opposite way was copied from another item.
/// </summary>
/// <remarks>Traps: a reason that names a part or a cause (人员增加, 项目完工) may go either way, so only a reason ending on
/// the funding's own rise or fall (…经费增加。) is read; a change of no direction (持平) is not judged.</remarks>
internal sealed partial class ReasonDirectionCheck : ICheck
{
    /// <summary>The next sentence: a reason ending on the funding's own direction.</summary>
    [GeneratedRegex(@"^\s*(?:其)?主要原因(?:是|为)?[：:]?[^。；]{0,40}?经费(?<word>增加|减少|增长|下降)[。；]?\s*$")]
    private static partial Regex Reason();

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var blocks = context.Structure.Document.Blocks;
        foreach (var s in context.Facts.Statements.OfType<ChangeStatement>())
        {
            if (s.Direction == 0 || blocks[s.BlockIndex] is not DocumentModel.Paragraph p) continue;
            int at = p.Text.IndexOf(s.Text, StringComparison.Ordinal);
            if (at < 0) continue;
            int next = at + s.Text.Length;
            if (next >= p.Text.Length) continue;
            var (start, end) = Facts.Sentences.Around(p.Text, next);
            var m = Reason().Match(p.Text[start..end]);
            if (!m.Success) continue;
            int said = m.Groups["word"].Value is "增加" or "增长" ? 1 : -1;
            if (said == s.Direction) continue;
            yield return new Finding("editorial.reason-contradiction", Severity.Warning,
                $"原因与增减方向矛盾：{(s.Direction > 0 ? "增加" : "减少")}的原因写作「{m.Value.Trim()}」。/ The reason given goes the other way.",
                s.Text + p.Text[start..end].Trim(), s.Direction > 0 ? "增加" : "减少", m.Groups["word"].Value, s.Location);
        }
    }
}
