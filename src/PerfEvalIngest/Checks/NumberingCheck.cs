using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>
/// numbering — "repeated, skipped or mixed heading numbers at one level": the headings under one parent, in one
/// numbering style, should run 1, 2, 3 … ; one level should not mix "1、" and "2.".
/// </summary>
/// <remarks>Traps: Word dumps lose automatic numbering, so a level-1 "3、 " continuing "二、" is the page's "三、" and
/// is neither a skip nor a mix. A list that starts again at its first number after a table (each project's
/// 一、项目概述 after its table or under its own title line) or right under the heading before it (一、二、 under
/// 六、其他相关情况说明) is a new list, not a number repeated. A number is skipped only if it is not
/// printed at all: an item numbered 二、 that reads as a sentence, not a heading (a 名词解释 entry, a long 职能 item),
/// stands between its neighbours all the same; and a list may number on through sibling sections (（一）1.–4.,
/// （二）5.–9.).</remarks>
internal sealed class NumberingCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        var outline = context.Structure.Outline;
        foreach (var siblings in outline.Where(h => h.Ordinal != null && h.Style != NumberingStyle.Attachment)
                     .GroupBy(h => (h.Parent, h.Level)))
        {
            var list = siblings.ToList();
            int expected = 1;
            Heading? previous = null;
            foreach (var h in list)
            {
                int n = h.Ordinal!.Value;
                // 「（一）…1.–4.」「（二）…5.–9.」: one list numbered on through sibling sections.
                if (previous == null && n > 1 && ContinuesAcrossSections(outline, h)) expected = n;
                if (n == 1 && expected > 1 && StartsNewList(context.Structure, previous, h))
                {
                    expected = 2;
                    previous = h;
                    continue;
                }
                if (n > expected && PrintedBetween(context.Structure, previous, h, expected, n))
                {
                    expected = n + 1;
                    previous = h;
                    continue;
                }
                previous = h;
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
                yield return new Finding("numbering.mixed", Severity.Info,
                    $"同级标题编号格式不一致：「{minority.Label}{minority.Title}」与同级的“{majority}”式编号混用。/ Mixed numbering punctuation at one level.",
                    minority.Label + minority.Title, "1" + majority, minority.Label, minority.Location);
            }
        }
    }

    /// <summary>The nearest heading before, at the same level and in the same style under another parent, carries the
    /// number just before this one.</summary>
    private static bool ContinuesAcrossSections(IReadOnlyList<Heading> outline, Heading heading) =>
        outline.LastOrDefault(o => o.BlockIndex < heading.BlockIndex && o.Level == heading.Level && o.Style == heading.Style
                                   && o.Parent != heading.Parent) is { Ordinal: int before } && before == heading.Ordinal - 1;

    private static bool StartsNewList(StructuredDocument structure, Heading? previous, Heading heading)
    {
        if (previous == null) return false;
        // 六、 followed at once by 一、 opens a list under it; 一、 followed at once by 一、 is a number repeated.
        if (heading.BlockIndex == previous.BlockIndex + 1) return previous.Ordinal > 1;
        for (int i = previous.BlockIndex + 1; i < heading.BlockIndex; i++)
            if (structure.Document.Blocks[i] is DocumentModel.Table) return true;
        // A title line of its own right before (each project's name above its 一、项目概述) opens a new block.
        return heading.BlockIndex > previous.BlockIndex + 1 && structure.Document.Blocks[heading.BlockIndex - 1] is DocumentModel.Paragraph title
               && title.Text.Length <= 40 && NumberingLabel.Parse(title.Text) == null && !structure.IsHeading(title.Index)
               && !title.Text.TrimEnd().EndsWith('。') && !title.Text.TrimEnd().EndsWith('；') && !title.Text.TrimEnd().EndsWith('，')
               && !title.Text.TrimEnd().EndsWith('：');
    }

    /// <summary>Whether every number from <paramref name="from"/> up to <paramref name="to"/> (exclusive) is printed,
    /// in the heading's numbering style, at the start of a paragraph between the previous sibling and the heading.</summary>
    private static bool PrintedBetween(StructuredDocument structure, Heading? previous, Heading heading, int from, int to)
    {
        var missing = Enumerable.Range(from, to - from).ToHashSet();
        // From the previous sibling, or for the first of a list from its parent heading: a "1、" under another
        // heading does not stand between.
        int start = previous?.BlockIndex + 1 ?? (heading.Parent is int parent ? parent + 1 : 0);
        bool tableBetween = false;
        for (int i = start; i < heading.BlockIndex && missing.Count > 0; i++)
        {
            if (structure.Document.Blocks[i] is DocumentModel.Table) tableBetween = true;
            if (structure.Document.Blocks[i] is not DocumentModel.Paragraph p) continue;
            if (NumberingLabel.Parse(p.Text) is { } label && label.Style == heading.Style) missing.Remove(label.Ordinal);
            // The first item may run on after its lead-in (「具体包括： 1. 普陀区司法局本部」 | 「2. 普陀区法律援助中心」).
            foreach (int colon in Colons(p.Text))
                if (NumberingLabel.Parse(p.Text[(colon + 1)..].TrimStart()) is { } inline && inline.Style == heading.Style)
                    missing.Remove(inline.Ordinal);
        }
        // A part made of tables whose title page carries no text (第二部分 …部门决算表) is still listed in the contents.
        if (tableBetween)
            foreach (int i in structure.TableOfContents)
                if (structure.Document.Blocks[i] is DocumentModel.Paragraph entry && NumberingLabel.Parse(entry.Text) is { } listed
                    && listed.Style == heading.Style)
                    missing.Remove(listed.Ordinal);
        return missing.Count == 0;
    }

    private static IEnumerable<int> Colons(string text)
    {
        for (int i = text.IndexOfAny(['：', ':']); i >= 0; i = text.IndexOfAny(['：', ':'], i + 1)) yield return i;
    }

    private static Finding Make(Heading h, Severity severity, string message, int expected, int actual) =>
        new("numbering.sequence", severity, message, h.Label + h.Title, expected.ToString(), actual.ToString(),
            h.Location);
}
