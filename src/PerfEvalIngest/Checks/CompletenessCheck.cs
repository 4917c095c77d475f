namespace PerfEvalIngest.Checks;

/// <summary>
/// completeness — "every part the rubric requires is there (body sections and attachments)". Reports the rubric
/// items the evaluation found missing (warning) or only partly there, such as an attachment named in the
/// 附件 list but not included (info: it may have been submitted as a separate file).
/// </summary>
internal sealed class CompletenessCheck : ICheck
{
    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Rubric == null) yield break;
        var seen = new HashSet<string>();
        // A group none of whose items is in this file (a disclosure's tables published as a workbook): one note.
        foreach (var group in context.Rubric.Items.Where(i => i.Status == "not-included").GroupBy(i => i.Group))
            yield return new Finding("completeness.not-included", Severity.Info,
                $"本文件未包含以下任何一项：{string.Join("、", group.Select(i => i.Title))}；可能另行公开，请核对。/ None of these is in this file; they may be published apart.",
                "", string.Join("、", group.Select(i => i.Title)), "（未含）", DocumentModel.Location.None);
        foreach (var item in context.Rubric.Items)
        {
            if (item.Status is not ("missing" or "partial") || !seen.Add(item.Title)) continue;
            if (item.Group is not ("completeness.body" or "completeness.attachments")) continue;
            bool missing = item.Status == "missing";
            yield return new Finding(
                missing ? "completeness.missing" : "completeness.partial", missing ? Severity.Warning : Severity.Info,
                missing
                    ? $"缺少{item.Title}：按评分规则「{context.Rubric.Title}」应有此部分，报告中未找到。/ Missing: {item.Id}."
                    : item.Evidence == null
                        ? $"未见{item.Title}（按评分规则「{context.Rubric.Title}」此项可不单列）。/ Not found, optional: {item.Id}."
                        : $"{item.Title}不完整：{item.Evidence}。/ Incomplete: {item.Id}.",
                item.Evidence ?? "", item.Title, missing ? "（缺）" : item.Evidence,
                item.Location ?? DocumentModel.Location.None);
        }
    }
}
