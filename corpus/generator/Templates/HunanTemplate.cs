using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Hunan style (department-overall): 单位基本情况, 一般公共预算支出情况 (基本支出, 项目支出), 政府性基金预算支出情况,
/// 国有资本经营预算支出情况, 社会保险基金预算支出情况, 部门整体支出绩效情况, 存在的问题及原因分析, 下一步改进措施,
/// 自评结果拟应用和公开情况, 其他需要说明的情况; 附件：自评表.
/// </summary>
static class HunanTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var y = ctx.Year;
        var l = ctx.Ledger;

        doc.Raw($"{u.Name}{y}年度部门整体支出绩效自评报告");
        doc.Blank();

        var h1 = 0;
        doc.Heading(1, Label(++h1), "单位基本情况");
        doc.Heading(2, HeadingLabels.Level2(1), "单位职能");
        doc.Paragraph($"{u.Name}{u.Profile}主要职能是：");
        var functions = ctx.Some(u.Functions, ctx.Plan.Size == ReportSize.Small ? 5 : 7);
        doc.Paragraph(string.Concat(functions.Select((f, i) => ChineseNumerals.Circled(i + 1) + f + (i == functions.Count - 1 ? "。" : "；"))));
        doc.Heading(2, HeadingLabels.Level2(2), "机构设置及人员情况");
        var departments = ctx.Some(u.Departments, ctx.Plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 9, _ => 6 });
        doc.Paragraph(FigureSentences.Departments(ctx, departments, countFirst: true));
        doc.Paragraph(FigureSentences.Staffing(ctx, "", hunanWording: true));
        if (ctx.Plan.Size != ReportSize.Small)
        {
            doc.Heading(2, HeadingLabels.Level2(3), "资产情况");
            doc.Paragraph(FigureSentences.Assets(ctx, ctx.Rng.Next(3)));
        }

        doc.Heading(1, Label(++h1), "一般公共预算支出情况");
        doc.Paragraph(FigureSentences.Income(ctx, $"{y}年度本单位收入合计", ctx.Plan.Quirks.PartialIncome, withShare: false));
        doc.Paragraph(new Para().T($"{y}年度本单位支出预算").N(ctx.Money(ctx.Funds.Adjusted), "expense.budget").T("，")
            .Append(FigureSentences.Expense(ctx, "实际支出合计", byBasic: true)));
        doc.Heading(2, HeadingLabels.Level2(1), "基本支出");
        doc.Paragraph(BasicDetail(ctx));
        doc.Paragraph(FigureSentences.Sangong(ctx, "“三公”经费支出"));
        doc.Paragraph(FigureSentences.Meeting(ctx, "会议费支出", "主要用于召开全系统年度工作会议。").Append(
            FigureSentences.Training(ctx, "培训费支出", "主要用于业务骨干培训。")));
        doc.Heading(2, HeadingLabels.Level2(2), "项目支出");
        var names = l.Projects.Select(p => p.Name).ToList();
        var count = ctx.ListCount(names, "个", chinese: true, site: "count.projects", label: "项目");
        doc.Paragraph(new Para().T("项目支出").N(ctx.Money(l.ExpenseProject), "expense.project").T("，共").N(count)
            .T($"项目，分别为{ProseTemplate.List(names)}。"));
        for (var i = 0; i < l.Projects.Count; i++)
            doc.RunIn(3, $"{i + 1}、", names[i], ProjectLine(ctx, l.Projects[i], Purpose(u.Projects[i])));

        doc.Heading(1, Label(++h1), "政府性基金预算支出情况");
        doc.Paragraph($"本单位{y}年度无政府性基金预算收入，无政府性基金预算支出。");
        doc.Heading(1, Label(++h1), "国有资本经营预算支出情况");
        doc.Paragraph("本单位无国有资本经营预算支出。");
        doc.Heading(1, Label(++h1), "社会保险基金预算支出情况");
        doc.Paragraph("本单位不涉及社会保险基金预算支出。");

        doc.Heading(1, Label(++h1), "部门整体支出绩效情况");
        doc.Heading(2, HeadingLabels.Level2(1), "预算执行情况");
        doc.Paragraph(FigureSentences.Execution(ctx, $"{y}年度全年预算数"));
        doc.Heading(2, HeadingLabels.Level2(2), "履职效能");
        for (var i = 0; i < ctx.Tasks.Count; i++)
            doc.RunIn(3, $"{i + 1}.", ctx.Tasks[i].Spec.Name, new Para().Append(ctx.Tasks[i].Sentence).T(ctx.Tasks[i].Spec.Detail)
                .T(ctx.Tasks[i].Met ? "" : $"年度目标为{FigureSentences.TargetPhrase(ctx.Tasks[i])}，未能完成，主要是受实施条件限制，部分工作顺延至下一年度。"));
        doc.Heading(2, HeadingLabels.Level2(3), "效益情况");
        doc.Paragraph(FigureSentences.Effects(ctx));
        doc.Heading(2, HeadingLabels.Level2(4), "满意度情况");
        doc.Paragraph(FigureSentences.Satisfaction(ctx, "通过问卷调查、电话回访等方式开展满意度调查，"));
        doc.Heading(2, HeadingLabels.Level2(5), "自评结论");
        doc.Paragraph(FigureSentences.Score(ctx, $"根据部门整体支出绩效评价指标体系逐项评分，{u.ShortName}{y}年度部门整体支出绩效自评得分", out var score));

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, ctx.Plan.Size == ReportSize.Small ? 2 : 3);
        if (!ctx.Faults.Omit("omit.problems", "存在的问题及原因分析", doc))
        {
            doc.Heading(1, Label(++h1), "存在的问题及原因分析");
            Numbered(ctx, problems);
        }
        doc.Heading(1, Label(++h1), "下一步改进措施");
        Numbered(ctx, suggestions);
        doc.Heading(1, Label(++h1), "部门整体支出绩效自评结果拟应用和公开情况");
        doc.Paragraph(string.Concat(Profiles.CommonProse.ResultUse.Select(r => FigureSentences.Fill(ctx, r))));
        doc.Heading(1, Label(++h1), "其他需要说明的情况");
        OtherMatters(ctx);
        doc.Blank();

        doc.Attachment("附件：1.部门整体支出绩效自评表", "部门整体支出绩效自评表");
        var caption = $"{u.Name}{y}年度部门整体支出绩效自评表";
        doc.Paragraph(caption);
        doc.Blank();
        var share = ReportContext.Wan(l.IncomeFiscal) / ReportContext.Wan(l.IncomeTotal);
        var (fiscal, other) = ReportContext.Split(ctx.Funds, share, "当年财政拨款", "其他资金");
        doc.Table(caption, ScoreTables.Hunan(ctx, score, ctx.Funds, ("其中：当年财政拨款", "fiscal", fiscal), ("其他资金", "other", other)));
        doc.Blank();
    }

    internal static string Label(int n) => ChineseNumerals.Of(n) + "、";

    /// <summary>Profile projects read "名称：用途"; the purpose follows the project's figures.</summary>
    static string Purpose(string project) => project.Contains('：') ? project.Split('：')[1] : "";

    /// <summary>基本支出 by economic class: 人员经费 (工资福利支出 + 对个人和家庭的补助) and 公用经费.</summary>
    static Para BasicDetail(ReportContext ctx)
    {
        var l = ctx.Ledger;
        var basic = ctx.Money(l.ExpenseBasic);
        var personnel = ctx.Money(l.ExpensePersonnel);
        var wages = ctx.Money(l.Wages);
        var household = ctx.Money(l.Household);
        var publicCost = ctx.Money(l.ExpensePublic);
        return new Para().T("基本支出").N(basic, "expense.basic").T("，其中人员经费").N(personnel, "expense.personnel")
            .T("（工资福利支出").N(wages).T("、对个人和家庭的补助").N(household).T("），公用经费").N(publicCost, "expense.public")
            .T("。基本支出主要用于保障在职人员工资福利和机构日常运转。")
            .Sum(basic, [personnel, publicCost], true).Sum(personnel, [wages, household], true);
    }

    static Para ProjectLine(ReportContext ctx, BudgetLine line, string purpose)
    {
        var initial = ctx.Money(line.Initial);
        var adjusted = ctx.Money(line.Adjusted);
        var actual = ctx.Money(line.Actual);
        return new Para().T("年初预算").N(initial, "budget.initial", line.Name).T("，全年预算").N(adjusted, "budget.adjusted", line.Name)
            .T("，实际支出").N(actual, "budget.actual", line.Name).T("，执行率")
            .N(ctx.Rate(actual, adjusted, "rate." + line.Name, line.Name), "budget.rate", line.Name).T($"。{purpose}");
    }

    internal static void Numbered(ReportContext ctx, IReadOnlyList<string> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (title, body) = FigureSentences.TitleAndBody(items[i]);
            ctx.Doc.RunIn(2, HeadingLabels.Level2(i + 1), title, Para.Of(body));
        }
    }

    internal static void OtherMatters(ReportContext ctx)
    {
        var p = new Para().T("本报告中的财务数据以").Trap("year", $"{ctx.YearText(ctx.Year)}年")
            .T("度部门决算报表为准。绩效自评工作依据《关于开展").T($"{ctx.Year}年度预算绩效自评工作的通知》（")
            .Trap("document-number", ctx.DocNo(ctx.Rng.Next(3, 40))).T("）组织开展。联系人：财务股，联系电话：")
            .Trap("phone", ctx.Unit.Phone).T("。");
        ctx.Doc.Paragraph(p);
    }
}
