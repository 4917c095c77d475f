using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Suzhou style: 预算部门名称, 年度履职目标完成情况, 部门（单位）概况, 整体支出绩效实现情况, 存在问题及改进措施,
/// 自评结果拟应用和公开情况, then three tables: 预算信息, 年度重点任务, 部门整体自评表. The body sections are
/// typically pasted from a form, so each dumps as one long line of paragraphs separated by four spaces.
/// </summary>
static class SuzhouTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var y = ctx.Year;
        var city = u.Name[..(u.Name.IndexOf('市') + 1)];

        doc.Blank(2);
        doc.Raw($"{city}市级预算部门（单位）整体支出预算绩效自评报告");
        doc.Raw($"（{y}年度）");
        doc.Blank();

        var h1 = 0;
        Level1(ctx, ++h1, "预算部门名称", $"：{u.Name}");
        Level1(ctx, ++h1, "年度履职目标完成情况", "：");
        if (ctx.Plan.Quirks.Bookmark) doc.Bookmark();
        doc.BeginRunOn();
        doc.Paragraph($"{y}年，在{u.Supervisor}的领导和有关处室的指导支持下，{u.ShortName}全体干部职工围绕年度重点工作，主动作为、真抓实干，"
            + (ctx.AllTargetsMet ? "较好地完成了年度履职目标。" : "基本完成了年度履职目标。"));
        doc.Heading(2, "", "完成年度目标工作情况", suffix: "：");
        for (var i = 0; i < ctx.Tasks.Count; i++)
            doc.Paragraph(new Para().T($"{i + 1}.").Append(ctx.Tasks[i].Sentence));
        doc.EndRunOn();

        Level1(ctx, ++h1, "部门（单位）概况");
        doc.BeginRunOn();
        doc.Paragraph($"{u.Name}{u.Profile}");
        doc.Paragraph($"主要职能：{string.Join("；", ctx.Some(u.Functions, 6))}。");
        var departments = ctx.Some(u.Departments, ctx.Plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 9, _ => 6 });
        doc.Paragraph(FigureSentences.Departments(ctx, departments, countFirst: ctx.Rng.Next(2) == 0)
            .Append(FigureSentences.Staffing(ctx, "", hunanWording: false)));
        doc.Paragraph(FigureSentences.Assets(ctx, ctx.Rng.Next(3)));
        doc.Paragraph(FigureSentences.Income(ctx, $"{y}年度收入合计", ctx.Plan.Quirks.PartialIncome, withShare: ctx.Rng.Next(2) == 0));
        doc.Paragraph(FigureSentences.Expense(ctx, $"{y}年度支出合计", byBasic: true));
        doc.Paragraph(FigureSentences.Sangong(ctx, $"{y}年度“三公”经费支出"));
        doc.EndRunOn();

        Level1(ctx, ++h1, "部门（单位）整体支出绩效实现情况");
        doc.BeginRunOn();
        doc.Paragraph($"{y}年，{u.ShortName}紧紧围绕年初确定的绩效目标，统筹资金安排，加强过程管理，"
            + (ctx.AllTargetsMet ? "全面完成了年度总体绩效目标" : "年度绩效目标大部分完成，个别目标未能全部实现")
            + "，各项目标具体完成情况分析如下。");
        for (var i = 0; i < ctx.Tasks.Count; i++)
        {
            var t = ctx.Tasks[i];
            doc.Heading(3, $"{i + 1}.", $"对年度绩效目标{i + 1}的分析");
            doc.Paragraph($"预期目标：{FigureSentences.TargetPhrase(t)}。");
            doc.Paragraph(new Para().T("完成情况：").Append(t.Sentence));
            if (!t.Met) doc.Paragraph("未完成原因：" + ctx.Pick(MissReasons));
        }
        doc.Paragraph(FigureSentences.Satisfaction(ctx, "通过发放调查问卷了解，"));
        doc.Paragraph(FigureSentences.Score(ctx, $"综上，经自评，{u.ShortName}{y}年度部门整体支出绩效自评得分为", out var score));
        doc.EndRunOn();

        Level1(ctx, ++h1, "部门（单位）整体支出绩效中存在问题及改进措施");
        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, ctx.Plan.Size == ReportSize.Small ? 2 : 3);
        doc.BeginRunOn();
        doc.Heading(2, "", "整体支出绩效中存在的问题");
        for (var i = 0; i < problems.Count; i++) NumberedItem(doc, i + 1, problems[i]);
        doc.Heading(2, "", "针对整体支出绩效中存在问题的改进措施");
        for (var i = 0; i < suggestions.Count; i++) NumberedItem(doc, i + 1, suggestions[i]);
        doc.EndRunOn();

        Level1(ctx, ++h1, "绩效自评结果拟应用和公开情况");
        doc.BeginRunOn();
        var basis = new Para().T($"本次自评依据《{city}财政局关于开展{y}年度市级预算绩效自评工作的通知》（")
            .Trap("document-number", $"{city[..2]}财绩〔{y + 1}〕{ctx.Rng.Next(2, 12)}号").T("）开展，自评报告于")
            .Trap("date", $"{y + 1}年{ctx.Rng.Next(2, 5)}月{ctx.Rng.Next(1, 29)}日").T("经单位班子会议审定。");
        doc.Paragraph(basis.T(string.Concat(Profiles.CommonProse.ResultUse.Select(r => FigureSentences.Fill(ctx, r)))));
        doc.EndRunOn();

        Level1(ctx, ++h1, "预算信息");
        doc.Blank();
        doc.Table("预算信息", BudgetTables.Suzhou(ctx));
        doc.Blank(3);

        Level1(ctx, ++h1, "年度重点任务");
        doc.Blank();
        doc.Table("年度重点任务", KeyTasks(ctx));
        doc.Blank(3);

        Level1(ctx, ++h1, "部门整体自评表");
        doc.Table("部门整体自评表", ScoreTables.Suzhou(ctx, score));
        doc.Blank();
    }

    static readonly string[] MissReasons =
    [
        "受项目前期审批和实施条件等客观因素影响，部分工作推迟至下一年度实施，该目标未能全部实现。",
        "年初目标测算偏乐观，实际需求较预期减少，导致完成值低于目标值。",
        "相关配套政策下半年才出台，工作启动较晚，全年任务未能按期完成。",
    ];

    /// <summary>"1.短标题。正文…" is a run-in heading (its first sentence is the title); "1.一句话的问题。" is an item.</summary>
    static void NumberedItem(ReportDocument doc, int n, string text)
    {
        var stop = text.IndexOf('。');
        if (stop > 0 && stop <= 30 && stop < text.Length - 1)
            doc.RunIn(3, $"{n}.", text[..stop], Para.Of(text[(stop + 1)..]));
        else
            doc.Paragraph($"{n}.{text}");
    }

    static void Level1(ReportContext ctx, int n, string title, string suffix = "")
    {
        var (label, printed) = HeadingLabels.Level1(ctx, n);
        ctx.Doc.Heading(1, label, title, printed, suffix);
        if (label != printed) ctx.Doc.Trap("lost-autonumber", (printed + title).Trim());
    }

    /// <summary>
    /// 年度重点任务: duty, task, content, result. Tasks under the same duty share a vertically merged duty cell.
    /// In large reports the first header cell starts with an empty paragraph, which the dump shows as a TAB
    /// line followed by a line of text without a TAB.
    /// </summary>
    static DumpTable KeyTasks(ReportContext ctx)
    {
        var split = ctx.Plan.Size == ReportSize.Large;
        var table = new DumpTable().Header(split ? "\n对应部门主要职责" : "对应部门主要职责", "任务名称", "主要内容", "完成情况");
        if (split) ctx.Doc.Trap("multi-paragraph-cell", "对应部门主要职责");
        string? previous = null;
        foreach (var t in ctx.Tasks)
        {
            var row = table.Row(t.Spec.Name);
            if (t.Spec.Duty == previous) row.Merged(); else row.Text(t.Spec.Duty);
            row.Text(t.Spec.Name).Empty().Text(t.Sentence.Text);
            previous = t.Spec.Duty;
        }
        return table;
    }
}
