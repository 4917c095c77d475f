namespace PerfEvalIngest.Checks;

/// <summary>
/// completeness — "every part the rubric requires is there (body sections and attachments)". Reports the rubric
/// items the evaluation found missing (warning) or only partly there, such as an attachment named in the
/// 附件 list but not included (info: it may have been submitted as a separate file).
/// </summary>
public sealed class CompletenessCheck : ICheck
{
    public string Category => "completeness";

    public IEnumerable<Finding> Run(CheckContext context)
    {
        if (context.Rubric == null) yield break;
        var seen = new HashSet<string>();
        foreach (var item in context.Rubric.Items)
        {
            if (item.Status is not ("missing" or "partial") || !seen.Add(item.Title)) continue;
            if (item.Group is not ("completeness.body" or "completeness.attachments")) continue;
            bool missing = item.Status == "missing";
            yield return new Finding(
                missing ? "completeness.missing" : "completeness.partial", "completeness",
                missing ? Severity.Warning : Severity.Info,
                missing
                    ? $"缺少{item.Title}：按评分规则「{context.Rubric.Title}」应有此部分，报告中未找到。/ Missing: {item.Id}."
                    : $"{item.Title}不完整：{item.Evidence}。/ Incomplete: {item.Id}.",
                item.Evidence ?? "", item.Title, missing ? "（缺）" : item.Evidence,
                item.Location ?? Model.Location.None);
        }
    }
}
