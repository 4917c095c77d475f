using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Hunan style for one project (项目支出绩效自评报告): 项目基本情况, 项目资金使用及管理情况, 项目组织实施情况,
/// 项目绩效目标完成情况, 存在的问题及原因分析, 下一步改进措施, 自评结果拟应用和公开情况, 其他需要说明的情况;
/// 附件：项目支出绩效自评表. The project's spending components are the ledger's project lines.
/// </summary>
static class HunanProjectTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var project = u.Project ?? throw new InvalidOperationException($"{u.Name}: a project report needs a project");
        var y = ctx.Year;
        var funds = ctx.Funds;

        doc.Raw($"{u.Name}{y}年度{project.Name}项目支出绩效自评报告");
        doc.Blank();

        var h1 = 0;
        doc.Heading(1, HunanTemplate.Label(++h1), "项目基本情况");
        doc.Heading(2, HeadingLabels.Level2(1), "项目概况");
        doc.Paragraph(ctx.Prose(project.Background));
        doc.Heading(2, HeadingLabels.Level2(2), "项目绩效目标");
        doc.Paragraph(FigureSentences.AnnualTargets(ctx, $"{y}年度项目绩效目标为："));

        doc.Heading(1, HunanTemplate.Label(++h1), "项目资金使用及管理情况");
        doc.Heading(2, HeadingLabels.Level2(1), "资金到位情况");
        var share = LedgerFactory.Frac(ctx.Rng, 0.6m, 0.8m);
        var (first, second) = ReportContext.Split(funds, share, project.Sources[0], project.Sources[1]);
        var adjusted = ctx.Money(funds.Adjusted);
        var initial = ctx.Money(funds.Initial);
        var sourceA = ctx.Money(first.Adjusted);
        var sourceB = ctx.Money(second.Adjusted);
        var arrival = new Para().T("项目年初预算").N(initial, "budget.initial", "total");
        if (funds.Adjustment > 0)
        {
            var adjustment = ctx.Money(funds.Adjustment);
            arrival.T("，年中追加").N(adjustment, "budget.adjustment", "total").Sum(adjusted, [initial, adjustment], true);
        }
        arrival.T("，全年预算").N(adjusted, "budget.adjusted", "total").T($"，其中{project.Sources[0]}").N(sourceA)
            .T($"、{project.Sources[1]}").N(sourceB).T("，资金已全部到位。").Sum(adjusted, [sourceA, sourceB], true);
        doc.Paragraph(arrival);

        doc.Heading(2, HeadingLabels.Level2(2), "资金使用情况");
        var actual = ctx.Money(funds.Actual);
        var (word, diff) = ctx.Difference(adjusted, actual, "结余", "超支", "difference.budget", "预算与实际支出");
        doc.Paragraph(new Para().T($"截至{y}年12月31日，项目实际支出").N(actual, "budget.actual", "total").T("，预算执行率")
            .N(ctx.Rate(actual, adjusted, "rate.total", "项目"), "budget.rate", "total").T($"，{word}").N(diff).T("。按支出内容分："));
        var items = ctx.Ledger.Projects.Select(p => ctx.Money(p.Actual)).ToList();
        for (var i = 0; i < items.Count; i++)
            doc.Paragraph(new Para().T($"{HeadingLabels.Level4(i + 1)}{ctx.Ledger.Projects[i].Name}支出").N(items[i])
                .T(i == items.Count - 1 ? "。" : "；"));
        ctx.Doc.Claims.Add(new Claims.SumClaim(actual, items, true) { Quote = actual.WithUnit, Section = doc.Section });
        doc.Heading(2, HeadingLabels.Level2(3), "资金管理情况");
        doc.Paragraph(ctx.Prose(project.FundManagement));

        doc.Heading(1, HunanTemplate.Label(++h1), "项目组织实施情况");
        doc.Heading(2, HeadingLabels.Level2(1), "项目组织情况");
        doc.Paragraph(ctx.Prose(project.Organisation));
        doc.Heading(2, HeadingLabels.Level2(2), "项目管理情况");
        doc.Paragraph(new Para().Append(ctx.Prose(project.Management)).T("相关制度以《").T($"{u.ShortName}关于加强{project.Name}管理的通知》（")
            .Trap("document-number", ctx.DocNo(ctx.Rng.Next(5, 60))).T("）印发执行。"));

        doc.Heading(1, HunanTemplate.Label(++h1), "项目绩效目标完成情况");
        doc.Heading(2, HeadingLabels.Level2(1), "产出指标完成情况");
        for (var i = 0; i < ctx.Tasks.Count; i++)
            doc.RunIn(3, $"{i + 1}.", ctx.Tasks[i].Spec.Name, new Para().Append(ctx.Tasks[i].Sentence).T(ctx.Tasks[i].Spec.Detail));
        doc.Heading(2, HeadingLabels.Level2(2), "效益指标完成情况");
        doc.Paragraph(FigureSentences.Effects(ctx));
        doc.Heading(2, HeadingLabels.Level2(3), "满意度指标完成情况");
        doc.Paragraph(FigureSentences.Satisfaction(ctx, "通过随机走访沿线群众和发放调查问卷，"));
        doc.Heading(2, HeadingLabels.Level2(4), "自评结论");
        doc.Paragraph(FigureSentences.Score(ctx, $"对照项目绩效目标逐项评分，{project.Name}项目{y}年度绩效自评得分", out var score));

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, 2);
        doc.Heading(1, HunanTemplate.Label(++h1), "存在的问题及原因分析");
        HunanTemplate.Numbered(ctx, problems);
        doc.Heading(1, HunanTemplate.Label(++h1), "下一步改进措施");
        HunanTemplate.Numbered(ctx, suggestions);
        doc.Heading(1, HunanTemplate.Label(++h1), "绩效自评结果拟应用和公开情况");
        doc.Paragraph(string.Concat(Profiles.CommonProse.ResultUse.Select(r => FigureSentences.Fill(ctx, r))));
        doc.Heading(1, HunanTemplate.Label(++h1), "其他需要说明的情况");
        HunanTemplate.OtherMatters(ctx);
        doc.Blank();

        doc.Attachment("附件：1.项目支出绩效自评表", "项目支出绩效自评表");
        var caption = $"{y}年度{project.Name}项目支出绩效自评表";
        doc.Paragraph(caption);
        doc.Blank();
        doc.Table(caption, ScoreTables.Hunan(ctx, score, funds,
            ($"其中：{project.Sources[0]}", "source1", first), (project.Sources[1], "source2", second)));
        doc.Blank();
    }
}
