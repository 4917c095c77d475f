using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// The national 部门整体支出绩效自评报告: 一、部门基本情况 二、部门整体支出绩效目标及完成情况 三、部门整体预算执行情况
/// 四、绩效自评结论 五、存在的问题及原因分析 六、下一步改进措施 七、其他需要说明的情况, with the 部门整体支出绩效自评表 in the
/// body under 四、 in the national pattern (部门 indicators: 履职效能, 管理效率, 社会效益, 服务对象满意度).
/// </summary>
static class NationalDepartmentTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var y = ctx.Year;
        var q = ctx.Plan.Quirks;
        var small = NationalTemplate.Small(ctx);
        var large = ctx.Plan.Size == ReportSize.Large;
        var mark = ctx.Pick(['、', '.', '．']);
        doc.Spaced = ctx.Plan.Size == ReportSize.Medium;

        doc.Raw(u.Name);
        doc.Raw($"{ctx.YearText(y)}年度部门整体支出绩效自评报告");
        doc.Blank();

        var h1 = 0;
        NationalTemplate.Level1(ctx, ++h1, "部门基本情况");
        doc.Heading(2, HeadingLabels.Level2(1), "部门职责");
        doc.Paragraph($"{u.Name}{u.Profile}主要职责：{string.Join("；", ctx.Some(u.Functions, small ? 5 : 8))}。");
        doc.Heading(2, HeadingLabels.Level2(2), "机构设置");
        var departments = ctx.Some(u.Departments, ctx.Plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 10, _ => 6 });
        doc.Paragraph(FigureSentences.DepartmentsCounted(ctx, departments, closedByCount: true, u.IsAgency ? "内设机构" : "科室"));
        doc.Heading(2, HeadingLabels.Level2(3), "人员情况");
        if (q.Bookmark) doc.Bookmark();
        doc.Paragraph(FigureSentences.Staffing(ctx, $"{ctx.YearText(y)}年末，", hunanWording: ctx.Rng.Next(2) == 0));
        if (!small)
        {
            doc.Heading(2, HeadingLabels.Level2(4), "资产情况");
            doc.Paragraph(FigureSentences.Assets(ctx, ctx.Rng.Next(3)));
        }

        NationalTemplate.Level1(ctx, ++h1, "部门整体支出绩效目标及完成情况");
        doc.Heading(2, HeadingLabels.Level2(1), "绩效目标");
        doc.RunIn(3, HeadingLabels.Level3(1, mark), "中长期目标", FigureSentences.MidTermGoal(ctx));
        doc.RunIn(3, HeadingLabels.Level3(2, mark), "年度目标", FigureSentences.AnnualTargets(ctx, ""));
        doc.Heading(2, HeadingLabels.Level2(2), "绩效目标完成情况");
        var themes = ctx.Tasks.Select(t => t.Spec.Theme).Distinct().ToList();
        var themeCount = ctx.ListCount(themes, "项", chinese: true, site: "count.themes", label: "重点工作");
        if (themeCount.Fault is null) doc.Trap("chinese-numeral", ProseTemplate.List(themes) + themeCount.WithUnit);
        var c = ctx.Completion;
        doc.Paragraph(new Para().T($"{y}年，{u.ShortName}重点围绕{ProseTemplate.List(themes)}").N(themeCount)
            .T("工作，年初确定的").N(c.Total).T("重点工作任务完成").N(c.Done).T("，完成率").N(c.Rate).T("。"));
        var n = 0;
        foreach (var theme in ctx.Tasks.GroupBy(t => t.Spec.Theme))
        {
            var list = theme.ToList();
            var body = new Para();
            for (var i = 0; i < list.Count; i++)
            {
                if (list.Count > 1) body.T($"{ChineseNumerals.Of(i + 1)}是");
                body.Append(list[i].Sentence).T(list[i].Spec.Detail);
                if (!list[i].Met) body.T($"该项年度目标为{FigureSentences.TargetPhrase(list[i])}，未能完成。");
            }
            doc.RunIn(3, HeadingLabels.Level3(++n, mark), theme.Key, body);
        }
        doc.RunIn(3, HeadingLabels.Level3(++n, mark), "社会效益",
            FigureSentences.Effects(ctx).Append(FigureSentences.Satisfaction(ctx, "经第三方问卷调查，")));

        NationalTemplate.Level1(ctx, ++h1, "部门整体预算执行情况");
        doc.Heading(2, HeadingLabels.Level2(1), "收入情况");
        doc.Paragraph(NationalTemplate.IncomeWithGrowth(ctx, $"{y}年度收入合计"));
        doc.Heading(2, HeadingLabels.Level2(2), "支出情况");
        doc.Paragraph(NationalTemplate.ExpenseWithGrowth(ctx, $"{y}年度支出合计"));
        doc.Heading(2, HeadingLabels.Level2(3), "预算执行情况");
        doc.Paragraph(FigureSentences.Execution(ctx, $"{y}年度全年预算数"));
        if (large)
        {
            var tableCaption = $"表1  {y}年度预算执行情况表（单位：万元）";
            doc.Paragraph(tableCaption);
            doc.Table(tableCaption, BudgetTables.Nanjing(ctx));
            doc.Blank();
        }
        var fault = ctx.Faults.Numbering("numbering.sangong", HeadingLabels.Level2(4), HeadingLabels.Level2(5),
            "“三公”经费小节的二级标题序号跳过了“（四）”。");
        doc.Heading(2, fault is null ? HeadingLabels.Level2(4) : HeadingLabels.Level2(5), "“三公”经费及会议费、培训费支出情况", fault: fault);
        doc.Paragraph(FigureSentences.Sangong(ctx, $"{y}年度“三公”经费支出"));
        doc.Paragraph(FigureSentences.Meeting(ctx, "会议费支出", "主要用于召开年度工作会议和专题业务会议；")
            .Append(FigureSentences.Training(ctx, "培训费支出", "主要用于干部职工业务培训。")));

        NationalTemplate.Level1(ctx, ++h1, "绩效自评结论");
        var verdict = ctx.AllTargetsMet
            ? $"{y}年，{u.ShortName}预算编制较为科学，预算执行规范，年度绩效目标全面完成。"
            : $"{y}年，{u.ShortName}预算执行总体规范，年度绩效目标基本完成，个别指标未达到年度目标值。";
        doc.Paragraph(new Para().T(verdict).Append(NationalTemplate.ScoreWithParts(ctx,
            $"根据部门整体支出绩效自评表逐项评分，{u.ShortName}{y}年度部门整体支出绩效自评得分", out var score)));
        doc.Paragraph("部门整体支出绩效自评表如下：");
        NationalTemplate.SelfEvaluationTable(ctx, $"{u.Name}{y}年度部门整体支出绩效自评表", score, NationalTemplate.DepartmentSources(ctx),
            [new[] { ("部门名称", u.Name) }, new[] { ("主管部门", u.Supervisor), ("单位性质", u.IsAgency ? "行政单位" : "事业单位") }],
            "部门整体资金（万元）", NationalTemplate.Expected(ctx, "年度主要任务："));

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, small ? 2 : 3);
        NationalTemplate.Level1(ctx, ++h1, "存在的问题及原因分析");
        NationalTemplate.Items(ctx, 2, problems, HeadingLabels.Level2);
        NationalTemplate.Level1(ctx, ++h1, "下一步改进措施");
        NationalTemplate.Items(ctx, 2, suggestions, HeadingLabels.Level2);
        NationalTemplate.Level1(ctx, ++h1, "其他需要说明的情况");
        var other = new Para().T("本次自评依据《关于开展").T($"{y}年度部门整体支出绩效自评工作的通知》（")
            .Trap("document-number", ctx.DocNo(ctx.Rng.Next(3, 40))).T("）开展，自评报告于")
            .Trap("date", $"{y + 1}年{ctx.Rng.Next(3, 6)}月{ctx.Rng.Next(1, 29)}日").T("经单位领导班子会议审定。")
            .T(FigureSentences.Fill(ctx, CommonProse.ResultUse[1]));
        doc.Paragraph(other);
        doc.Blank();
    }
}
