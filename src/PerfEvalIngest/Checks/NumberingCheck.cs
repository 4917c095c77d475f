using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>
/// numbering — "repeated, skipped or mixed heading numbers at one level": the headings under one parent, in one
/// numbering style, should run 1, 2, 3 … ; one level should not mix "1、" and "2.".
/// </summary>
/// <remarks>Trap: Word dumps lose automatic numbering, so a level-1 "3、 " continuing "二、" is the page's "三、" and
/// is neither a skip nor a mix.</remarks>
public sealed class NumberingCheck : ICheck
{
    public string Category => "numbering";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var outline = context.Structure.Outline;
        foreach (var siblings in outline.Where(h => h.Ordinal != null && h.Style != NumberingStyle.Attachment)
                     .GroupBy(h => (h.Parent, h.Level)))
        {
            var list = siblings.ToList();
            int expected = 1;
            foreach (var h in list)
            {
                int n = h.Ordinal!.Value;
                if (n == expected - 1 && expected > 1)
                    yield return Make(h, Severity.Warning, $"标题编号重复：「{h.Label}{h.Title}」与上一个同级标题编号相同，应为第{expected}个。/ Heading number repeated.",
                        expected, n);
                else if (n > expected)
                    yield return Make(h, Severity.Warning, $"标题编号跳号：「{h.Label}{h.Title}」之前缺少第{expected}个同级标题。/ Heading number skipped: expected {expected}, found {n}.",
                        expected, n);
                else if (n < expected - 1)
                    yield return Make(h, Severity.Warning, $"标题编号倒退：「{h.Label}{h.Title}」编号为{n}，应为{expected}。/ Heading number goes back.",
                        expected, n);
                expected = n + 1;
            }

            var punctuation = list.Where(h => h.Style == NumberingStyle.Arabic && h.Level == 3)
                .GroupBy(h => h.Label[^1] == '、' ? "、" : ".").ToList();
            if (punctuation.Count > 1)
            {
                var minority = punctuation.OrderBy(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().First();
                var majority = punctuation.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                yield return new Finding("numbering.mixed", "numbering", Severity.Info,
                    $"同级标题编号格式不一致：「{minority.Label}{minority.Title}」与同级的“{majority}”式编号混用。/ Mixed numbering punctuation at one level.",
                    minority.Label + minority.Title, "1" + majority, minority.Label, minority.Location);
            }
        }
    }

    private static Finding Make(Heading h, Severity severity, string message, int expected, int actual) =>
        new("numbering.sequence", "numbering", severity, message, h.Label + h.Title, expected.ToString(), actual.ToString(),
            h.Location);
}
