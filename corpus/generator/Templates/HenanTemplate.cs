using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Henan's 部门整体支出绩效自评总结报告 (the national table with a provincial outline): 一、基本情况 二、绩效目标实现情况
/// 三、偏差情况及原因分析 四、存在的问题 五、改进措施 六、自评结果应用; 附件：部门整体支出绩效自评表, also sent as a workbook.
/// </summary>
static class HenanTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var y = ctx.Year;
        var l = ctx.Ledger;
        var q = ctx.Plan.Quirks;
        var small = NationalTemplate.Small(ctx);
        var runOn = NationalTemplate.RunOn(ctx);

        if (q.TabbedTitle)
        {
            // A title in a text box dumps with two leading TABs, which looks like a table cell but is not.
            doc.Raw($"\t\t{u.Name}");
            doc.Trap("tabbed-title", u.Name);
        }
        else doc.Raw(u.Name);
        doc.Raw($"{ctx.YearText(y)}年度部门整体支出绩效自评总结报告");
        doc.Blank();

        var h1 = 0;
        NationalTemplate.Level1(ctx, ++h1, "基本情况");
        doc.Heading(2, HeadingLabels.Level2(1), "部门职能");
        var functions = ctx.Some(u.Functions, small ? 5 : 7);
        NationalTemplate.Paragraphs(ctx,
        [
            Para.Of($"{u.Name}{u.Profile}主要职能是："),
            Para.Of(string.Concat(functions.Select((f, i) => ChineseNumerals.Circled(i + 1) + f + (i == functions.Count - 1 ? "。" : "；")))),
        ], runOn);
        doc.Heading(2, HeadingLabels.Level2(2), "机构设置及人员情况");
        var departments = ctx.Some(u.Departments, ctx.Plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 9, _ => 6 });
        doc.Paragraph(FigureSentences.DepartmentsCounted(ctx, departments, closedByCount: false));
        doc.Paragraph(FigureSentences.Staffing(ctx, $"截至{ctx.YearText(y)}年底，", hunanWording: false));
        doc.Heading(2, HeadingLabels.Level2(3), "年度预算安排及执行情况");
        doc.Paragraph(NationalTemplate.IncomeWithGrowth(ctx, $"{y}年度收入合计"));
        doc.Paragraph(FigureSentences.Expense(ctx, $"{y}年度支出合计", byBasic: true));
        doc.Paragraph(FigureSentences.Execution(ctx, $"{y}年度全年预算数"));
        doc.Paragraph(FigureSentences.Sangong(ctx, "“三公”经费支出"));
        doc.Paragraph(FigureSentences.Meeting(ctx, "会议费支出", "主要用于召开年度工作会议。").Append(
            FigureSentences.Training(ctx, "培训费支出", "主要用于干部职工业务培训。")));
        doc.Heading(2, HeadingLabels.Level2(4), "年度绩效目标");
        doc.Paragraph(FigureSentences.MidTermGoal(ctx));
        doc.Paragraph(FigureSentences.AnnualTargets(ctx, $"{y}年度绩效目标："));

        NationalTemplate.Level1(ctx, ++h1, "绩效目标实现情况");
        doc.Heading(2, HeadingLabels.Level2(1), "产出完成情况");
        var themes = ctx.Tasks.Select(t => t.Spec.Theme).Distinct().ToList();
        var themeCount = ctx.ListCount(themes, "项", chinese: true, site: "count.themes", label: "重点工作");
        if (themeCount.Fault is null) doc.Trap("chinese-numeral", ProseTemplate.List(themes) + themeCount.WithUnit);
        doc.Paragraph(new Para().T($"{y}年，{u.ShortName}重点推进{ProseTemplate.List(themes)}").N(themeCount).T("工作，主要完成情况如下。"));
        for (var i = 0; i < ctx.Tasks.Count; i++)
            doc.RunIn(3, $"{i + 1}、", ctx.Tasks[i].Spec.Name, new Para().Append(ctx.Tasks[i].Sentence).T(ctx.Tasks[i].Spec.Detail));
        var c = ctx.Completion;
        doc.Paragraph(new Para().T($"{y}年度确定的").N(c.Total).T("重点工作任务中，完成").N(c.Done).T("，完成率").N(c.Rate).T("。"));
        doc.Heading(2, HeadingLabels.Level2(2), "效益实现情况");
        doc.Paragraph(FigureSentences.Effects(ctx));
        doc.Heading(2, HeadingLabels.Level2(3), "满意度情况");
        doc.Paragraph(FigureSentences.Satisfaction(ctx, "通过发放调查问卷和走访服务对象，"));
        doc.Heading(2, HeadingLabels.Level2(4), "自评得分情况");
        doc.Paragraph(NationalTemplate.ScoreWithParts(ctx, $"对照部门整体支出绩效自评表逐项评分，{u.ShortName}{y}年度部门整体支出绩效自评得分", out var score));

        if (!ctx.Faults.Omit("omit.deviation", "偏差情况及原因分析", doc))
        {
            NationalTemplate.Level1(ctx, ++h1, "偏差情况及原因分析");
            doc.Heading(2, HeadingLabels.Level2(1), "预算执行偏差");
            for (var i = 0; i < l.Projects.Count; i++)
            {
                var line = l.Projects[i];
                var adjusted = ctx.Money(line.Adjusted);
                var actual = ctx.Money(line.Actual);
                doc.Paragraph(new Para().T($"{HeadingLabels.Level4(i + 1)}{line.Name}全年预算").N(adjusted, "budget.adjusted", line.Name)
                    .T("，实际支出").N(actual, "budget.actual", line.Name).T("，执行率")
                    .N(ctx.Rate(actual, adjusted, "rate." + line.Name, line.Name), "budget.rate", line.Name)
                    .T(actual.Value >= adjusted.Value * 0.98m ? "，基本按预算执行。"
                        : i % 2 == 0 ? "，未支出部分主要是按合同约定尚未到付款节点的款项。" : "，主要是部分采购项目节约了资金。"));
            }
            doc.Heading(2, HeadingLabels.Level2(2), "绩效指标偏差");
            if (!NationalTemplate.MissedTargets(ctx, 3, '、'))
                doc.Paragraph("各项绩效指标均达到年度指标值，未出现偏差。");
        }

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, small ? 2 : 3);
        NationalTemplate.Level1(ctx, ++h1, "存在的问题");
        NationalTemplate.Items(ctx, 2, problems, HeadingLabels.Level2);
        NationalTemplate.Level1(ctx, ++h1, "改进措施");
        NationalTemplate.Items(ctx, 2, suggestions, HeadingLabels.Level2);
        NationalTemplate.Level1(ctx, ++h1, "自评结果应用");
        var basis = new Para().T($"本次自评依据《关于开展{y}年度预算绩效自评工作的通知》（")
            .Trap("document-number", ctx.DocNo(ctx.Rng.Next(3, 40))).T("）组织开展。");
        NationalTemplate.Paragraphs(ctx, CommonProse.ResultUse.Select(ctx.Prose).Prepend(basis), runOn);
        doc.Blank();
        // The body closes with the unit and the date it signed, before the attachment.
        doc.Raw(u.Name);
        var signed = $"{y + 1}年{ctx.Rng.Next(2, 5)}月{ctx.Rng.Next(1, 29)}日";
        doc.Raw(signed);
        doc.Trap("date", signed);
        doc.Blank();

        doc.Attachment("附件：部门整体支出绩效自评表", "部门整体支出绩效自评表");
        NationalTemplate.SelfEvaluationTable(ctx, $"{u.Name}{y}年度部门整体支出绩效自评表", score,
            NationalTemplate.DepartmentSources(ctx),
            [new[] { ("部门（单位）名称", u.Name) }, new[] { ("主管部门", u.Supervisor) }],
            "部门整体资金（万元）", NationalTemplate.Expected(ctx, "年度主要任务："));
    }
}
