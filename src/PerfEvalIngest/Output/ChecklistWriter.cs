using PerfEvalIngest.Facts;
using System.Text;

namespace PerfEvalIngest.Output;

/// <summary>
/// The reviewer's checklist for one report, in Markdown (<see cref="ChecklistView"/> laid out): each finding as a box
/// to tick with its evidence and location, the rubric items ✓/✗ with their points, the key figures, and the outline.
/// A file that could not be read says so where the findings would be.
/// </summary>
public static class ChecklistWriter
{
    public static string Write(ReportResult report) => Write(ChecklistView.Of(report));

    internal static string Write(ChecklistView view)
    {
        var md = new StringBuilder();
        md.Append("# 审核清单：").Append(view.Title).Append('\n').Append('\n');
        md.Append("- 文件：`").Append(view.SourcePath).Append("`（").Append(view.Format).Append("）\n");
        md.Append("- 单位：").Append(view.Unit ?? "（未识别）").Append("；年度：").Append(view.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（未识别）")
          .Append("；类型：").Append(view.KindName)
          .Append("；文件类别：").Append(view.DocumentKindName).Append('\n');
        if (view.Failure is { } failure)
            md.Append("- **未检查**（").Append(failure.CodeName).Append("，").Append(failure.Code).Append("）：").Append(failure.Message).Append('\n');
        if (view.Rubric is { } rubric)
            md.Append("- 评分规则：").Append(rubric.Title).Append("；可自动判定部分得分 **")
              .Append(ChecklistView.Number(rubric.Score)).Append(" / ").Append(ChecklistView.Number(rubric.JudgedMax)).Append("**，另有 ")
              .Append(ChecklistView.Number(rubric.NeedsHumanMax)).Append(" 分需人工评审（满分 ")
              .Append(ChecklistView.Number(rubric.FullPoints)).Append("）\n");
        md.Append("- 发现：错误 ").Append(view.Errors).Append("，警告 ").Append(view.Warnings)
          .Append("，提示 ").Append(view.Infos).Append('\n').Append('\n');

        WriteFindings(md, view);
        WriteRubric(md, view.Rubric);
        WriteKeyFigures(md, view);
        WriteOutline(md, view);
        return md.ToString();
    }

    private static void WriteFindings(StringBuilder md, ChecklistView view)
    {
        md.Append("## 一、需核实的问题（").Append(view.Errors + view.Warnings + view.Infos).Append("）\n\n");
        if (view.Failure is { } failure)
            md.Append("**本文件未能读取，未做检查**：").Append(failure.CodeName).Append("。").Append(Escape(failure.Message)).Append('\n');
        else if (view.Findings.Count == 0)
            md.Append("未发现问题。\n");
        foreach (var g in view.Findings)
        {
            md.Append("- [ ] **").Append(g.SeverityName).Append("** `").Append(g.Rule).Append("` ")
              .Append(Escape(g.Message));
            if (g.Places.Count > 1) md.Append("（共 ").Append(g.Places.Count).Append(" 处）");
            md.Append('\n');
            foreach (var p in g.Places)
            {
                if (p.Evidence.Length > 0) md.Append("  - 原文：「").Append(Escape(Clip(p.Evidence, 160))).Append("」\n");
                md.Append("  - 位置：").Append(p.Where).Append('\n');
            }
        }
        md.Append('\n');
    }

    private static void WriteRubric(StringBuilder md, RubricView? rubric)
    {
        if (rubric == null) return;
        md.Append("## 二、评分项\n\n| | 项目 | 状态 | 得分 | 依据 |\n|---|---|---|---|---|\n");
        foreach (var i in rubric.Items)
        {
            var score = i.Score is decimal s ? $"{ChecklistView.Number(s)}/{ChecklistView.Number(i.Max)}" : $"—/{ChecklistView.Number(i.Max)}";
            md.Append("| ").Append(i.Mark).Append(" | ").Append(Escape(i.Title)).Append(" | ").Append(i.StatusName).Append(" | ")
              .Append(score).Append(" | ").Append(Escape(i.Evidence ?? "")).Append(" |\n");
        }
        md.Append('\n');
    }

    private static void WriteKeyFigures(StringBuilder md, ChecklistView view)
    {
        if (!view.Checked) return;
        md.Append("## 三、主要数据\n\n");
        if (view.KeyFigures.Count == 0)
        {
            md.Append("未识别到主要数据。\n\n");
            return;
        }
        md.Append("| 指标 | 数值 | 位置 | 原文 |\n|---|---|---|---|\n");
        foreach (var f in view.KeyFigures)
            md.Append("| ").Append(Escape(f.Name)).Append(" | ").Append(ChecklistView.Number(f.Value)).Append(f.Unit).Append(" | ")
              .Append(f.Location.Describe()).Append(" | ").Append(Escape(Clip(f.Text, 60))).Append(" |\n");
        md.Append('\n');
    }

    private static void WriteOutline(StringBuilder md, ChecklistView view)
    {
        if (view.Outline.Count == 0) return;
        md.Append("## 四、报告结构\n\n");
        foreach (var h in view.Outline)
        {
            md.Append(new string(' ', Math.Max(0, h.Level - 1) * 2)).Append("- ").Append(h.Label).Append(Escape(h.Title));
            if (h.Category != null) md.Append("（").Append(h.Category).Append('）');
            md.Append('\n');
        }
    }

    private static string Clip(string s, int max) => s.Length <= max ? s : s[..max] + "…";

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
