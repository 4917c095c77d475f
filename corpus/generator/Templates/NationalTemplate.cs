using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Pieces the national outlines (财预〔2020〕10号) and Henan's adaptation share: level-1 headings that may have
/// lost their automatic numbering, the national 自评表 with its caption, the year's overall goal as the table's
/// 年度总体目标, the self-score with its parts, and the paragraphs on missed targets.
/// </summary>
static class NationalTemplate
{
    /// <summary>A level-1 heading; where the dump lost Word's numbering it prints "1、 " and is a trap.</summary>
    public static void Level1(ReportContext ctx, int n, string title)
    {
        var (label, printed) = HeadingLabels.Level1(ctx, n);
        ctx.Doc.Heading(1, label, title, printed);
        if (label != printed) ctx.Doc.Trap("lost-autonumber", (printed + title).Trim());
    }

    /// <summary>The 自评表 with its caption line right above it (a caption longer than a short line would not name it).</summary>
    public static void SelfEvaluationTable(ReportContext ctx, string caption, Printed score, ReportContext.FundSources funds,
        IReadOnlyList<IReadOnlyList<(string Label, string Value)>> names, string fundsHeader, string expected)
    {
        ctx.Doc.Paragraph(caption);
        ctx.Doc.Table(caption, ScoreTables.National(ctx, score, funds, names, fundsHeader, (expected, Achieved(ctx))));
        ctx.Doc.Blank();
    }

    /// <summary>实际完成情况: the year's results in one sentence, the same figures as the indicator rows.</summary>
    static string Achieved(ReportContext ctx)
    {
        var done = ctx.Tasks.Select(t => $"{t.Spec.Indicator}{t.ResultNumber}{t.Spec.Unit}");
        var verdict = ctx.AllTargetsMet ? "年度绩效目标全面完成" : "年度绩效目标基本完成，个别指标未达到年度指标值";
        return $"{string.Join("，", done)}，{verdict}。";
    }

    /// <summary>The year's targets in one sentence (预期目标), without the "一是" of the body text.</summary>
    public static string Expected(ReportContext ctx, string lead) =>
        lead + string.Join("；", ctx.Tasks.Select(t => FigureSentences.TargetPhrase(t))) + "。";

    /// <summary>"经自评，…得分96.5分，评价等级为“优”。其中预算执行得分…": the score with its parts.</summary>
    public static Para ScoreWithParts(ReportContext ctx, string lead, out Printed score)
    {
        var p = FigureSentences.Score(ctx, lead, out score);
        return FigureSentences.ScoreParts(ctx, p, score);
    }

    /// <summary>
    /// Each missed target: target, result and the share of the target reached, then its reason. Returns false when
    /// every target was met.
    /// </summary>
    public static bool MissedTargets(ReportContext ctx, int level, char mark)
    {
        var missed = ctx.Tasks.Where(t => !t.Met).ToList();
        for (var i = 0; i < missed.Count; i++)
        {
            var t = missed[i];
            var target = new Printed(t.TargetNumber, t.Spec.Unit);
            var result = new Printed(t.ResultNumber, t.Spec.Unit);
            var body = new Para().T("年度指标值为").T(FigureSentences.TargetPhrase(t)).T("，实际完成").N(result)
                .T("，完成年度指标值的").N(ctx.Share(result, target)).T("。")
                .T(t.Spec.MissReason.Length > 0 ? $"偏差原因及改进措施：{t.Spec.MissReason}。" : "偏差原因是受实施条件限制，部分工作顺延至下一年度。");
            ctx.Doc.RunIn(level, HeadingLabels.Level3(i + 1, mark), t.Spec.Indicator, body);
        }
        return missed.Count > 0;
    }

    /// <summary>Problems or suggestions as run-in items "1、标题。正文".</summary>
    public static void Items(ReportContext ctx, int level, IReadOnlyList<string> items, Func<int, string> label)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var (title, body) = FigureSentences.TitleAndBody(items[i]);
            ctx.Doc.RunIn(level, label(i + 1), title, Para.Of(body));
        }
    }

    /// <summary>Paragraphs written one per line, or run together on one line where the plan asks for it.</summary>
    public static void Paragraphs(ReportContext ctx, IEnumerable<Para> paragraphs, bool runOn)
    {
        if (runOn) ctx.Doc.BeginRunOn();
        foreach (var p in paragraphs) ctx.Doc.Paragraph(p);
        if (runOn) ctx.Doc.EndRunOn();
    }

    /// <summary>The unit's funds by source: 当年财政拨款 in the share its fiscal income has.</summary>
    public static ReportContext.FundSources DepartmentSources(ReportContext ctx)
    {
        var l = ctx.Ledger;
        return ctx.Sources(ctx.Funds, ReportContext.Wan(l.IncomeFiscal) / ReportContext.Wan(l.IncomeTotal));
    }

    /// <summary>
    /// "收入合计X万元，比上年增加D万元，增长p%，主要是…。其中一般公共预算财政拨款收入A万元，占收入合计的s%；事业收入B万元；
    /// 其他收入C万元。" — the total against last year, then its parts.
    /// </summary>
    public static Para IncomeWithGrowth(ReportContext ctx, string lead)
    {
        var l = ctx.Ledger;
        var total = ctx.Money(l.IncomeTotal, "income.total", "收入合计");
        var (word, change, rateWord, rate) = ctx.Growth(total, ctx.LastYear(l.IncomeTotal, -0.08m, 0.14m));
        var fiscal = ctx.Money(l.IncomeFiscal, "income.fiscal", "财政拨款收入");
        var p = new Para().T(lead).N(total, "income.total").T($"，比上年{word}").N(change).T($"，{rateWord}").N(rate)
            .T(word == "增加" ? "，主要是人员经费政策性调整和新增专项工作经费。" : "，主要是部分一次性项目上年已完成。")
            .T("其中一般公共预算财政拨款收入").N(fiscal, "income.fiscal").T("，占收入合计的").N(ctx.Share(fiscal, total, "share.fiscal", "财政拨款收入"));
        var parts = new List<Printed> { fiscal };
        if (l.IncomeBusiness > 0)
        {
            var business = ctx.Money(l.IncomeBusiness, "income.business", "事业收入");
            p.T("；事业收入").N(business, "income.business");
            parts.Add(business);
        }
        var other = ctx.Money(l.IncomeOther, "income.other", "其他收入");
        p.T("；其他收入").N(other, "income.other").T("。");
        parts.Add(other);
        return p.Sum(total, parts, true);
    }

    /// <summary>
    /// "支出合计X万元，比上年减少D万元，下降p%。其中基本支出B万元，占支出合计的s%（人员经费…，公用经费…）；项目支出P万元，
    /// 占支出合计的s%。"
    /// </summary>
    public static Para ExpenseWithGrowth(ReportContext ctx, string lead)
    {
        var l = ctx.Ledger;
        var total = ctx.Money(l.ExpenseTotal, "expense.total", "支出合计");
        var (word, change, rateWord, rate) = ctx.Growth(total, ctx.LastYear(l.ExpenseTotal, -0.1m, 0.12m));
        var basic = ctx.Money(l.ExpenseBasic, "expense.basic", "基本支出");
        var personnel = ctx.Money(l.ExpensePersonnel, "expense.personnel", "人员经费");
        var publicCost = ctx.Money(l.ExpensePublic, "expense.public", "公用经费");
        var project = ctx.Money(l.ExpenseProject, "expense.project", "项目支出");
        return new Para().T(lead).N(total, "expense.total").T($"，比上年{word}").N(change).T($"，{rateWord}").N(rate).T("。")
            .T("其中基本支出").N(basic, "expense.basic").T("，占支出合计的").N(ctx.Share(basic, total, "share.basic", "基本支出"))
            .T("（人员经费").N(personnel, "expense.personnel").T("，公用经费").N(publicCost, "expense.public")
            .T("）；项目支出").N(project, "expense.project").T("，占支出合计的").N(ctx.Share(project, total, "share.project", "项目支出")).T("。")
            .Sum(total, [basic, project], true).Sum(basic, [personnel, publicCost], true);
    }

    /// <summary>"2023年度收入合计1677.63万元，比上年增加…万元，增长…%": a growth sentence on one printed amount.</summary>
    public static Para Growth(ReportContext ctx, string lead, Printed now, string? concept, long lastYuan, string reasonUp, string reasonDown)
    {
        var (word, change, rateWord, rate) = ctx.Growth(now, lastYuan);
        return new Para().T(lead).N(now, concept).T($"，比上年{word}").N(change).T($"，{rateWord}").N(rate)
            .T("，" + (word == "增加" ? reasonUp : reasonDown));
    }

    public static bool RunOn(ReportContext ctx) => ctx.Plan.Quirks.RunOn;

    public static bool Small(ReportContext ctx) => ctx.Plan.Size == ReportSize.Small;
}
