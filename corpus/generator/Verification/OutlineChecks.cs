using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Truth;

namespace PerfEvalIngest.Corpus.Verification;

/// <summary>Heading numbers run 1, 2, 3 … under each parent; every section the template requires is present.</summary>
static class OutlineChecks
{
    public static IEnumerable<Violation> Numbering(IReadOnlyList<OutlineEntry> outline)
    {
        var entries = outline.Where(e => e.Label != "附件").ToList();
        var expected = new Dictionary<(int Parent, int Level), int>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            // Unnumbered sub-headings ("整体支出绩效中存在的问题") are parents but carry no number themselves.
            if (e.Label.Length == 0) continue;
            var parent = -1;
            for (var j = i - 1; j >= 0; j--)
                if (entries[j].Level < e.Level) { parent = j; break; }
            var key = (parent, e.Level);
            var want = expected.TryGetValue(key, out var n) ? n : 1;
            var got = Number(e.Label);
            if (got != want)
                yield return new Violation("numbering", [e.Label + e.Title], $"标题“{e.Label}{e.Title}”序号应为{want}，实为{got}", want.ToString());
            expected[key] = got + 1;
        }
    }

    public static IEnumerable<Violation> Completeness(IReadOnlyList<OutlineEntry> outline, ReportPlan plan)
    {
        var (family, kind) = (plan.Family, plan.Kind);
        string[] required = (family, kind) switch
        {
            (Family.National, ReportKind.Project) => ["基本情况", "自评工作开展情况", "评价结论", "绩效目标实现情况", "偏差", "存在的问题", "建议", "其他需要说明"],
            (Family.National, _) => ["部门基本情况", "绩效目标及完成情况", "预算执行情况", "自评结论", "存在的问题", "改进措施", "其他需要说明"],
            (Family.Henan, _) => ["基本情况", "绩效目标实现情况", "偏差", "存在的问题", "改进措施", "结果应用"],
            (_, ReportKind.Project) => ["项目基本情况", "资金使用", "组织实施", "绩效目标完成", "存在的问题", "改进措施", "公开", "其他需要说明"],
            (Family.Nanjing, _) => ["概况", "评价结论", "履职成效", "存在问题", "建议", "评价工作"],
            (Family.Suzhou, _) => ["预算部门名称", "年度履职目标", "概况", "绩效实现情况", "存在问题", "公开", "预算信息", "年度重点任务", "自评表"],
            _ => ["基本情况", "一般公共预算支出", "政府性基金", "国有资本经营", "社会保险基金", "整体支出绩效情况", "存在的问题", "改进措施", "公开", "其他需要说明"],
        };
        var titles = outline.Where(e => e.Level == 1 && e.Label != "附件").Select(e => e.Title).ToList();
        foreach (var r in required.Where(r => !titles.Any(t => t.Contains(r, StringComparison.Ordinal))))
            yield return new Violation("completeness", [], $"缺少“{r}”部分", r);
        // Suzhou's tables follow the text under headings of their own; a national 自评表 may stand in the body.
        var attached = family is Family.Nanjing or Family.Hunan or Family.Henan || plan.Quirks.SheetAttached;
        if (attached && !outline.Any(e => e.Label == "附件"))
            yield return new Violation("completeness", [], "缺少附件", "附件");
    }

    /// <summary>The number a label stands for: 一、→1, （三）→3, 2.→2, （4）→4, ⑤→5, 第二部分→2.</summary>
    public static int Number(string label)
    {
        var core = label.Trim('（', '）', '、', '.', '．', ' ').Replace("第", "").Replace("部分", "");
        if (core.Length == 1 && core[0] is >= '①' and <= '⑳') return core[0] - '①' + 1;
        return (int)NumberText.Parse(core);
    }
}
