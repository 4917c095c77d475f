using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Jiangsu/Nanjing style: 一、部门（单位）概况 [（一）基本情况 （二）收支情况 （三）绩效目标] 二、评价结论 三、部门履职成效
/// 四、存在问题及原因分析 五、有关建议 六、评价工作开展情况及其他需说明的情况; 附件：指标体系得分情况.
/// </summary>
static class NanjingTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var y = ctx.Year;
        var mark = ctx.Pick(['.', '．', '、']);
        doc.Spaced = ctx.Plan.Size == ReportSize.Small;

        Title(ctx);

        var h1 = 0;
        Level1(ctx, ++h1, "部门（单位）概况");
        doc.Heading(2, HeadingLabels.Level2(1), "部门（单位）基本情况");
        doc.Paragraph($"{u.Name}（以下简称“{u.ShortName}”）{u.Profile}");
        doc.RunIn(3, "1、", "单位职能", Para.Of(string.Join("；", ctx.Some(u.Functions, ctx.Plan.Size == ReportSize.Small ? 5 : 8)) + "。"));
        var departments = ctx.Some(u.Departments, ctx.Plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 12, _ => 7 });
        var staffing = FigureSentences.Departments(ctx, departments, countFirst: false)
            .Append(FigureSentences.Staffing(ctx, $"{ctx.YearText(y)}年末", hunanWording: false));
        doc.RunIn(3, "2、", "机构设置和人员编制", staffing);
        doc.Heading(3, "3、", "资产情况");
        doc.Paragraph(FigureSentences.Assets(ctx, ctx.Rng.Next(3)));

        doc.Heading(2, HeadingLabels.Level2(2), "部门（单位）收支情况");
        doc.Heading(3, HeadingLabels.Level3(1, mark), "年度收支情况");
        doc.Paragraph(FigureSentences.Income(ctx, $"{y}年度收入总额", ctx.Plan.Quirks.PartialIncome, withShare: true));
        doc.Paragraph(FigureSentences.Expense(ctx, $"{y}年度支出总额", byBasic: ctx.Rng.Next(3) > 0));
        doc.Heading(3, HeadingLabels.Level3(2, mark), "年度预算执行情况");
        IncomeBudget(ctx);
        doc.Paragraph(FigureSentences.Execution(ctx, $"{y}年度全年支出预算（调整后）"));
        if (ctx.Plan.Size == ReportSize.Large)
        {
            var tableCaption = $"表1  {y}年度预算执行情况表（单位：万元）";
            doc.Paragraph(tableCaption);
            doc.Blank();
            doc.Table(tableCaption, BudgetTables.Nanjing(ctx));
            doc.Blank();
        }
        doc.Heading(3, HeadingLabels.Level3(3, mark), "年度“三公”经费使用情况");
        doc.Paragraph(FigureSentences.Sangong(ctx, "（1）本年度“三公”经费支出"));
        doc.Paragraph(FigureSentences.Meeting(ctx, "（2）本年度会议费支出", "主要用于召开年度工作会议和业务工作推进会。"));
        doc.Paragraph(FigureSentences.Training(ctx, "（3）本年度培训费支出", "主要用于组织干部职工参加业务培训和继续教育。"));

        var fault = ctx.Faults.Numbering("numbering.overview", HeadingLabels.Level2(3), HeadingLabels.Level2(2),
            "“部门（单位）绩效目标”的二级标题序号与上一个二级标题重复，应为“（三）”。");
        var goalsLabel = fault is null ? HeadingLabels.Level2(3) : HeadingLabels.Level2(2);
        doc.Heading(2, goalsLabel, "部门（单位）绩效目标", fault: fault);
        doc.RunIn(3, HeadingLabels.Level3(1, mark), "部门中长期目标", FigureSentences.MidTermGoal(ctx));
        doc.RunIn(3, HeadingLabels.Level3(2, mark), $"{y}年度目标", FigureSentences.AnnualTargets(ctx, ""));

        Level1(ctx, ++h1, "评价结论");
        doc.Heading(2, HeadingLabels.Level2(1), "评价对象和范围");
        doc.Paragraph(FigureSentences.Fill(ctx, ctx.Pick(Profiles.CommonProse.EvaluationScope)));
        doc.Heading(2, HeadingLabels.Level2(2), "评价结论及评分结果");
        var conclusion = Para.Of($"{y}年，{u.ShortName}在{u.Supervisor}的领导下，围绕年度重点工作，统筹资金安排，严格预算执行，" + (ctx.AllTargetsMet ? "各项重点任务总体完成" : "重点任务大部分完成，个别指标未达到年度目标") + "，资金使用较为规范，履职效能和服务对象满意度较高。")
            .Append(FigureSentences.Score(ctx, $"经综合评价，{u.ShortName}{y}年度部门整体支出绩效自评得分为", out var score));
        doc.Paragraph(conclusion);

        Level1(ctx, ++h1, "部门履职成效");
        var n = 0;
        foreach (var theme in ctx.Tasks.GroupBy(t => t.Spec.Theme))
            doc.RunIn(3, HeadingLabels.Level3(++n, mark), theme.Key, Achievements(theme.ToList()));
        var effects = FigureSentences.Effects(ctx);
        doc.RunIn(3, HeadingLabels.Level3(++n, mark), "注重服务实效，社会效益持续显现", effects.Append(FigureSentences.Satisfaction(ctx, "经问卷调查，")));

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, ctx.Plan.Size == ReportSize.Small ? 2 : 3);
        Level1(ctx, ++h1, "存在问题及原因分析");
        Numbered(ctx, problems, mark);
        Level1(ctx, ++h1, "有关建议");
        Numbered(ctx, suggestions, mark);

        Level1(ctx, ++h1, "评价工作开展情况及其他需说明的情况");
        foreach (var w in Profiles.CommonProse.EvaluationWork.Take(ctx.Plan.Size == ReportSize.Small ? 1 : 3))
            doc.Paragraph(FigureSentences.Fill(ctx, w));
        var dated = new Para().T($"本报告所引用数据截至").Trap("date", $"{y}年12月31日").T("，经单位领导班子集体审议后于")
            .Trap("date", $"{y + 1}年3月{ctx.Rng.Next(10, 29)}日").T("报送。");
        doc.Paragraph(dated);
        doc.Blank(2);

        doc.Attachment("附件：1.指标体系得分情况", "指标体系得分情况");
        var caption = $"{u.Name}{y}年度部门整体支出绩效指标体系得分情况";
        doc.Paragraph(caption);
        doc.Table(caption, ScoreTables.Nanjing(ctx, score));
        doc.Blank();
        doc.Raw(u.Name);
    }

    static void Title(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var y = ctx.YearText(ctx.Year);
        if (ctx.Plan.Quirks.TabbedTitle)
        {
            // A title in a text box dumps with two leading TABs, which looks like a table cell but is not.
            doc.Raw($"\t\t{y}年度{ctx.Unit.Name}");
            doc.Trap("tabbed-title", $"{y}年度{ctx.Unit.Name}");
            doc.Raw("整体预算绩效自评价报告");
        }
        else
        {
            doc.Raw(ctx.Unit.Name);
            doc.Blank();
            doc.Raw($"{y}年度部门整体绩效自评价报告");
        }
        doc.Blank();
    }

    static void Level1(ReportContext ctx, int n, string title)
    {
        var (label, printed) = HeadingLabels.Level1(ctx, n, lostUntil: 5);
        ctx.Doc.Heading(1, label, title, printed);
        if (label != printed) ctx.Doc.Trap("lost-autonumber", (printed + title).Trim());
    }

    static void IncomeBudget(ReportContext ctx)
    {
        var budget = ctx.Money(ctx.Ledger.IncomeBudget, "income.budget", "收入预算");
        var actual = ctx.Money(ctx.Ledger.IncomeTotal);
        var (word, diff) = ctx.Difference(actual, budget, "增加", "减少", "difference.income", "收入决算与预算");
        ctx.Doc.Paragraph(new Para().T($"{ctx.Year}年度收入预算数为").N(budget, "income.budget").T("，收入决算数为")
            .N(actual, "income.total").T($"，较预算{word}").N(diff)
            .T("，主要原因是年度中追加了人员经费政策性调整资金和专项工作经费。"));
    }

    /// <summary>A theme's achievements: "一是…二是…" when it has several tasks.</summary>
    internal static Para Achievements(IReadOnlyList<TaskOutcome> tasks)
    {
        var p = new Para();
        for (var i = 0; i < tasks.Count; i++)
        {
            if (tasks.Count > 1) p.T($"{ChineseNumerals.Of(i + 1)}是");
            p.Append(tasks[i].Sentence).T(tasks[i].Spec.Detail);
        }
        return p;
    }

    static void Numbered(ReportContext ctx, IReadOnlyList<string> items, char mark)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (title, body) = FigureSentences.TitleAndBody(items[i]);
            ctx.Doc.RunIn(3, HeadingLabels.Level3(i + 1, mark), title, Para.Of(body));
        }
    }
}
