using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// The national 项目支出绩效自评报告 (财预〔2020〕10号): 一、基本情况（项目概况、项目绩效目标） 二、绩效自评工作开展情况
/// 三、综合评价情况及评价结论 四、绩效目标实现情况分析 五、预算执行进度与绩效指标偏差 六、主要经验及做法、存在的问题及原因分析
/// 七、有关建议 八、其他需要说明的问题; the 项目支出绩效自评表 in the body under 三、, or attached after the text.
/// </summary>
static class NationalProjectTemplate
{
    public static void Write(ReportContext ctx)
    {
        var doc = ctx.Doc;
        var u = ctx.Unit;
        var project = u.Project ?? throw new InvalidOperationException($"{u.Name}: a project report needs a project");
        var y = ctx.Year;
        var q = ctx.Plan.Quirks;
        var funds = ctx.Funds;
        var sources = ctx.Sources(funds, 1m - project.OtherShare);
        // Where the first heading lost its number ("1、 基本情况") the sub-levels are "1、" too, as in the dump it came from.
        var mark = q.LostAutonumberFrom == 1 ? '、' : ctx.Pick(['、', '.']);
        var runOn = NationalTemplate.RunOn(ctx);

        doc.Raw(u.Name);
        doc.Raw($"{ctx.YearText(y)}年度{project.Name}项目支出绩效自评报告");
        doc.Blank();

        var h1 = 0;
        NationalTemplate.Level1(ctx, ++h1, "基本情况");
        doc.Heading(2, HeadingLabels.Level2(1), "项目概况");
        doc.Paragraph(ctx.Prose(project.Background));
        var names = ctx.Ledger.Projects.Select(p => p.Name).ToList();
        var count = ctx.ListCount(names, "个", chinese: true, site: "count.components", label: "项目资金用途");
        doc.Paragraph(new Para().T($"项目资金主要用于{ProseTemplate.List(names)}").N(count).T("方面。"));
        if (count.Fault is null) doc.Trap("chinese-numeral", ProseTemplate.List(names) + count.WithUnit);
        if (q.Bookmark) doc.Bookmark();
        doc.Paragraph(Arrival(ctx, sources));
        doc.Heading(2, HeadingLabels.Level2(2), "项目绩效目标");
        doc.RunIn(3, HeadingLabels.Level3(1, mark), "总体目标", ctx.Prose(project.Goal));
        doc.RunIn(3, HeadingLabels.Level3(2, mark), "年度绩效目标", FigureSentences.AnnualTargets(ctx, ""));

        NationalTemplate.Level1(ctx, ++h1, "绩效自评工作开展情况");
        doc.Heading(2, HeadingLabels.Level2(1), "自评目的");
        doc.Paragraph(FigureSentences.Fill(ctx, CommonProse.NationalPurpose));
        doc.Heading(2, HeadingLabels.Level2(2), "组织实施");
        NationalTemplate.Paragraphs(ctx, CommonProse.ProjectEvaluationWork.Select(ctx.Prose), runOn);

        NationalTemplate.Level1(ctx, ++h1, "综合评价情况及评价结论");
        var verdict = ctx.AllTargetsMet
            ? $"{y}年，{project.Name}按计划组织实施，资金拨付及时，使用规范，年度绩效目标全面完成，项目实施取得了较好的经济效益和社会效益。"
            : $"{y}年，{project.Name}总体按计划组织实施，资金使用规范，年度绩效目标基本完成，个别产出指标未达到年度指标值。";
        var conclusion = new Para().T(verdict).Append(NationalTemplate.ScoreWithParts(ctx,
            $"经对照项目绩效目标逐项评分，{project.Name}项目{y}年度绩效自评得分", out var score));
        doc.Paragraph(conclusion);
        var caption = $"{y}年度{project.Name}项目支出绩效自评表";
        var sheetNames = new List<IReadOnlyList<(string, string)>>
        {
            new[] { ("项目名称", project.Name) },
            new[] { ("主管部门", u.Supervisor), ("实施单位", u.Name) },
        };
        var expected = NationalTemplate.Expected(ctx, ctx.Prose(project.Goal).Text + "年度指标：");
        if (!q.SheetAttached)
        {
            doc.Paragraph("项目支出绩效自评表如下：");
            NationalTemplate.SelfEvaluationTable(ctx, caption, score, sources, sheetNames, "项目资金（万元）", expected);
        }

        NationalTemplate.Level1(ctx, ++h1, "绩效目标实现情况分析");
        doc.Heading(2, HeadingLabels.Level2(1), "产出指标完成情况");
        var n = 0;
        foreach (var group in ctx.Tasks.GroupBy(t => t.Spec.Dimension))
        {
            var body = new Para();
            foreach (var t in group)
            {
                body.Append(t.Sentence).T(t.Spec.Detail);
                if (!t.Met) body.T($"该项年度指标值为{FigureSentences.TargetPhrase(t)}，未能完成，原因见本报告第五部分。");
            }
            doc.RunIn(3, HeadingLabels.Level3(++n, mark), group.Key, body);
        }
        doc.Heading(2, HeadingLabels.Level2(2), "效益指标完成情况");
        doc.Paragraph(FigureSentences.Effects(ctx));
        doc.Heading(2, HeadingLabels.Level2(3), "满意度指标完成情况");
        doc.Paragraph(FigureSentences.Satisfaction(ctx, "采取问卷调查和电话回访相结合的方式开展满意度调查，"));

        NationalTemplate.Level1(ctx, ++h1, "预算执行进度与绩效指标偏差");
        doc.Heading(2, HeadingLabels.Level2(1), "预算执行进度");
        Spending(ctx, sources);
        doc.Heading(2, HeadingLabels.Level2(2), "绩效指标偏差情况");
        if (!NationalTemplate.MissedTargets(ctx, 3, mark))
            doc.Paragraph("项目各项产出、效益和满意度指标均达到或超过年度指标值，未出现偏差。");

        var (problems, suggestions) = FigureSentences.ProblemsAndSuggestions(ctx, NationalTemplate.Small(ctx) ? 2 : 3);
        NationalTemplate.Level1(ctx, ++h1, "主要经验及做法、存在的问题及原因分析");
        doc.Heading(2, HeadingLabels.Level2(1), "主要经验及做法");
        NationalTemplate.Paragraphs(ctx, project.Experience.Select(ctx.Prose), runOn);
        doc.Heading(2, HeadingLabels.Level2(2), "存在的问题及原因分析");
        NationalTemplate.Items(ctx, 3, problems, i => HeadingLabels.Level3(i, mark));

        NationalTemplate.Level1(ctx, ++h1, "有关建议");
        NationalTemplate.Items(ctx, 2, suggestions, HeadingLabels.Level2);

        NationalTemplate.Level1(ctx, ++h1, "其他需要说明的问题");
        var other = new Para().T("本报告所引用的财务数据截至").Trap("date", $"{y}年12月31日").T("，以")
            .Trap("year", $"{ctx.YearText(y)}年").T("度决算数据为准。项目无其他需要说明的问题。联系电话：").Trap("phone", u.Phone).T("。");
        doc.Paragraph(other);
        doc.Blank();

        if (q.SheetAttached)
        {
            doc.Attachment("附件：项目支出绩效自评表", "项目支出绩效自评表");
            NationalTemplate.SelfEvaluationTable(ctx, caption, score, sources, sheetNames, "项目资金（万元）", expected);
        }
    }

    /// <summary>
    /// "项目年初预算X万元，年中追加Z万元，全年预算Y万元，其中当年财政拨款A万元、上年结转资金B万元、其他资金C万元" —
    /// the three sources of the national 自评表, which together make the year's budget.
    /// </summary>
    static Para Arrival(ReportContext ctx, ReportContext.FundSources s)
    {
        var funds = s.Total;
        var initial = ctx.Money(funds.Initial);
        var adjusted = ctx.Money(funds.Adjusted);
        var p = new Para().T($"{ctx.Year}年项目年初预算").N(initial, "budget.initial", "total");
        if (funds.Adjustment > 0)
        {
            var adjustment = ctx.Money(funds.Adjustment);
            p.T("，年中追加").N(adjustment, "budget.adjustment", "total").Sum(adjusted, [initial, adjustment], true);
        }
        p.T("，全年预算").N(adjusted, "budget.adjusted", "total");
        // All three sources are named, a nil one too, so the reader sees that they make the whole.
        var parts = new List<Printed>();
        foreach (var (line, label, site) in new[] { (s.Fiscal, "当年财政拨款", "budget.fiscal"), (s.Carryover, "上年结转资金", "budget.carryover"), (s.Other, "其他资金", "budget.other") })
        {
            var amount = ctx.Money(line.Adjusted, site, label);
            p.T((parts.Count == 0 ? "，其中" : "、") + label).N(amount);
            parts.Add(amount);
        }
        return p.T("，资金已全部到位。").Sum(adjusted, parts, true);
    }

    /// <summary>Spending against the budget, against last year, and by component with each one's share.</summary>
    static void Spending(ReportContext ctx, ReportContext.FundSources s)
    {
        var doc = ctx.Doc;
        var funds = s.Total;
        var adjusted = ctx.Money(funds.Adjusted);
        var actual = ctx.Money(funds.Actual);
        var (word, diff) = ctx.Difference(adjusted, actual, "结余", "超支", "difference.budget", "预算与实际支出");
        doc.Paragraph(new Para().T($"截至{ctx.Year}年12月31日，项目全年预算").N(adjusted, "budget.adjusted", "total").T("，实际支出")
            .N(actual, "budget.actual", "total").T("，预算执行率").N(ctx.Rate(actual, adjusted, "rate.total", "项目"), "budget.rate", "total")
            .T($"，{word}").N(diff).T(word == "结余" ? "，结余资金按规定收回财政统筹使用。" : "。"));
        // The growth sentence closes with the lead-in of the list below it, as the paragraph is typed.
        var growth = NationalTemplate.Growth(ctx, "项目实际支出", ctx.Money(funds.Actual), null, ctx.LastYear(funds.Actual, -0.1m, 0.16m),
            "主要是年度任务量增加、补助范围扩大。", "主要是部分一次性支出事项上年已完成。");
        doc.Paragraph(growth.T("按支出内容分："));
        var items = ctx.Ledger.Projects.Select(p => ctx.Money(p.Actual)).ToList();
        for (var i = 0; i < items.Count; i++)
            doc.Paragraph(new Para().T($"{HeadingLabels.Level4(i + 1)}{ctx.Ledger.Projects[i].Name}支出").N(items[i])
                .T("，占项目实际支出的").N(ctx.Share(items[i], actual)).T(i == items.Count - 1 ? "。" : "；"));
        doc.Claims.Add(new SumClaim(actual, items, true) { Quote = actual.WithUnit, Section = doc.Section });
    }
}
