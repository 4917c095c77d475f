using System.Text;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Output;

/// <summary>
/// The reviewer's checklist for one report, in Markdown: each finding as a box to tick with its evidence and
/// location, the rubric items ✓/✗ with where each was found, the key figures, and the outline.
/// </summary>
public static class ChecklistWriter
{
    private static readonly string[] KeyConcepts =
    [
        "income.total", "income.fiscal", "income.business", "income.other", "expense.total", "expense.basic",
        "expense.project", "expense.personnel", "expense.public", "budget.initial", "budget.adjusted", "budget.actual",
        "budget.rate", "sangong.total", "staff.authorized", "staff.actual", "assets.total",
    ];

    public static string Write(ReportResult report)
    {
        var md = new StringBuilder();
        var meta = report.Structure?.Metadata;
        md.Append("# 审核清单：").Append(meta?.Title ?? report.Name).Append('\n').Append('\n');
        md.Append("- 文件：`").Append(report.Source.Path.Replace('\\', '/')).Append("`（").Append(report.Source.Format).Append("）\n");
        md.Append("- 单位：").Append(meta?.Unit ?? "（未识别）").Append("；年度：").Append(meta?.Year?.ToString() ?? "（未识别）")
          .Append("；类型：").Append(KindName(meta?.Kind))
          .Append("；文件类别：").Append(DocumentKindName(meta?.DocumentKind)).Append('\n');
        if (report.Error != null)
            md.Append("- **读取失败**（").Append(report.Error.Code).Append("）：").Append(report.Error.Message).Append('\n');
        if (report.Rubric != null)
            md.Append("- 评分规则：").Append(report.Rubric.Title).Append("；可自动判定部分得分 **")
              .Append(Invariant(report.Rubric.Score)).Append(" / ").Append(Invariant(report.Rubric.Max)).Append("**，另有 ")
              .Append(Invariant(report.Rubric.NeedsHumanMax)).Append(" 分需人工评审\n");
        md.Append("- 发现：错误 ").Append(report.Count(Severity.Error)).Append("，警告 ").Append(report.Count(Severity.Warning))
          .Append("，提示 ").Append(report.Count(Severity.Info)).Append('\n').Append('\n');

        WriteFindings(md, report.Findings);
        WriteRubric(md, report);
        WriteKeyFigures(md, report);
        WriteOutline(md, report);
        return md.ToString();
    }

    private static void WriteFindings(StringBuilder md, IReadOnlyList<Finding> findings)
    {
        md.Append("## 一、需核实的问题（").Append(findings.Count).Append("）\n\n");
        if (findings.Count == 0) md.Append("未发现问题。\n");
        foreach (var f in findings.OrderByDescending(f => f.Severity))
        {
            md.Append("- [ ] **").Append(SeverityName(f.Severity)).Append("** `").Append(f.Rule).Append("` ")
              .Append(Escape(f.Message)).Append('\n');
            if (f.Evidence.Length > 0) md.Append("  - 原文：「").Append(Escape(Clip(f.Evidence, 160))).Append("」\n");
            md.Append("  - 位置：").Append(f.Location.Describe()).Append('\n');
        }
        md.Append('\n');
    }

    private static void WriteRubric(StringBuilder md, ReportResult report)
    {
        if (report.Rubric == null) return;
        md.Append("## 二、评分项\n\n| | 项目 | 状态 | 得分 | 依据 |\n|---|---|---|---|---|\n");
        foreach (var i in report.Rubric.Items)
        {
            var mark = i.Status switch { "present" => "✓", "missing" => "✗", "partial" => "△", _ => "?" };
            var status = i.Status switch
            {
                "present" => "已有", "missing" => "缺失", "partial" => "不完整", _ => "需人工评审",
            };
            var score = i.Score is decimal s ? $"{s}/{i.Max}" : $"—/{i.Max:0.#}";
            md.Append("| ").Append(mark).Append(" | ").Append(Escape(i.Title)).Append(" | ").Append(status).Append(" | ")
              .Append(score).Append(" | ").Append(Escape(i.Evidence ?? "")).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void WriteKeyFigures(StringBuilder md, ReportResult report)
    {
        if (report.Facts == null) return;
        var key = report.Facts.Facts
            .Where(f => f.Concept != null && KeyConcepts.Contains(f.Concept) && f.Measure != "share")
            .GroupBy(f => (f.Concept, f.Measure, f.Row))
            .Select(g => g.First())
            .OrderBy(f => Array.IndexOf(KeyConcepts, f.Concept))
            .Take(40)
            .ToList();
        md.Append("## 三、主要数据\n\n");
        if (key.Count == 0)
        {
            md.Append("未识别到主要数据。\n\n");
            return;
        }
        md.Append("| 指标 | 数值 | 位置 | 原文 |\n|---|---|---|---|\n");
        foreach (var f in key)
        {
            var name = (f.Row != null && f.Column != null ? $"{f.Row}·{f.Column}" : f.Label ?? f.Concept!)
                       + (f.Measure switch { "budget" => "（预算）", "actual" => "（决算）", _ => "" });
            md.Append("| ").Append(Escape(name)).Append(" | ").Append(Invariant(f.Value)).Append(f.Unit).Append(" | ")
              .Append(f.Location.Describe()).Append(" | ").Append(Escape(Clip(f.Text, 60))).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void WriteOutline(StringBuilder md, ReportResult report)
    {
        if (report.Structure == null) return;
        md.Append("## 四、报告结构\n\n");
        foreach (var h in report.Structure.Outline)
        {
            md.Append(new string(' ', Math.Max(0, h.Level - 1) * 2)).Append("- ").Append(h.Label).Append(Escape(h.Title));
            if (h.Category != null) md.Append("（").Append(h.Category).Append('）');
            md.Append('\n');
        }
    }

    private static string KindName(string? kind) => kind switch
    {
        "department-overall" => "部门（单位）整体支出",
        "project" => "项目支出",
        _ => "未识别",
    };

    private static string DocumentKindName(string? kind) => kind switch
    {
        "self-evaluation-department" => "部门（单位）整体支出绩效自评报告",
        "self-evaluation-project" => "项目支出绩效自评报告",
        "department-budget" => "部门预算",
        "unit-budget" => "单位预算",
        "department-final-accounts" => "部门决算",
        "unit-final-accounts" => "单位决算",
        "performance-targets" => "绩效目标申报表",
        "evaluation-report" => "绩效评价报告",
        "template" => "模板",
        _ => "其他",
    };

    private static string SeverityName(Severity s) => s switch
    {
        Severity.Error => "错误", Severity.Warning => "警告", _ => "提示",
    };

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");

    /// <summary>Figures as the report prints them, whatever the reviewer's locale (3989.53, never 3989,53).</summary>
    private static string Invariant(decimal value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
