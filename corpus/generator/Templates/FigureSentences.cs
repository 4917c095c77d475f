using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// The paragraphs that carry the unit's figures, shared by all templates with wording variants. Every amount
/// is printed through the context with its concept id as the fault site, so a planned fault can alter any
/// figure without the template knowing.
/// </summary>
static class FigureSentences
{
    public static Para Staffing(ReportContext ctx, string lead, bool hunanWording)
    {
        var s = ctx.Ledger.Staff;
        var u = hunanWording ? "名" : "人";
        var authorized = ctx.Count(s.Authorized, u, "staff.authorized", "编制数");
        var management = ctx.Count(s.Management, u, "staff.management", "管理岗位人数");
        var technical = ctx.Count(s.Technical, u, "staff.technical", "专业技术岗位人数");
        var support = ctx.Count(s.Support, u, "staff.support", "工勤技能岗位人数");
        var actual = ctx.Count(s.Actual, u, "staff.actual", "在岗人数");
        var inService = ctx.Count(s.InService, u, "staff.inservice", "在编人数");
        var contract = ctx.Count(s.Contract, u, "staff.contract", "编外人数");
        var p = new Para().T(lead);
        if (hunanWording)
            p.T("单位核定编制").N(authorized, "staff.authorized").T("，其中管理人员").N(management, "staff.management")
             .T("、专业技术人员").N(technical, "staff.technical").T("、工勤技能人员").N(support, "staff.support")
             .T("。年末实有在岗人员").N(actual, "staff.actual").T("，其中在编人员").N(inService, "staff.inservice")
             .T("、编外聘用人员").N(contract, "staff.contract").T($"；另有离退休人员{s.Retired}{u}。");
        else
            p.T("核定编制").N(authorized, "staff.authorized").T("，其中管理岗位").N(management, "staff.management")
             .T("，专业技术岗位").N(technical, "staff.technical").T("，工勤技能岗位").N(support, "staff.support")
             .T("；现有在岗人员").N(actual, "staff.actual").T("，其中在编人员").N(inService, "staff.inservice")
             .T("，编外人员").N(contract, "staff.contract").T("。");
        return p.Sum(authorized, [management, technical, support], true).Sum(actual, [inService, contract], true);
    }

    /// <summary>"设有A、B、C等3个内设机构" or "下设3个科室，分别是A、B、C" — a count next to its list.</summary>
    public static Para Departments(ReportContext ctx, IReadOnlyList<string> departments, bool countFirst)
    {
        var count = ctx.ListCount(departments, "个", site: "org.departments", label: "内设机构");
        var list = ProseTemplate.List(departments);
        return countFirst
            ? new Para().T($"{ctx.Unit.ShortName}下设").N(count, "org.departments").T($"内设机构，分别是{list}。")
            : new Para().T($"{ctx.Unit.ShortName}设有{list}").N(count, "org.departments").T("内设机构。");
    }

    /// <summary>
    /// Two more ways of stating a count with its list: "内设机构4个，分别是A、B、C、D" (count first, then the list)
    /// and "设有A、B、C、D等4个科室" (the list closed by 等 and its count).
    /// </summary>
    public static Para DepartmentsCounted(ReportContext ctx, IReadOnlyList<string> departments, bool closedByCount, string word = "科室")
    {
        var count = ctx.ListCount(departments, "个", site: "org.departments", label: "内设机构");
        var list = ProseTemplate.List(departments);
        return closedByCount
            ? new Para().T($"{ctx.Unit.ShortName}内设{list}等").N(count, "org.departments").T($"{word}。")
            : new Para().T("内设机构").N(count, "org.departments").T($"，分别是{list}。");
    }

    /// <summary>
    /// "其中预算执行得分9.6分，产出指标得分48.5分…": the self-score's parts by 一级指标, which add up to it. Appended to
    /// the paragraph that printed the score, so the sum is declared in one paragraph.
    /// </summary>
    public static Para ScoreParts(ReportContext ctx, Para scored, Printed score)
    {
        var sheet = ctx.Score;
        var parts = new List<Printed>();
        var p = new Para().T("其中");
        void Part(string label, decimal value)
        {
            var printed = new Printed(NumberText.Trimmed(value, 2), "分");
            p.T((parts.Count > 0 ? "、" : "") + label + "得分").N(printed);
            parts.Add(printed);
        }
        if (sheet.Execution is { } e) Part("预算执行", e.Score);
        foreach (var g in sheet.Rows.GroupBy(r => r.Level1)) Part(g.Key, g.Sum(r => r.Score));
        p.T("。");
        return scored.Append(p).Sum(score, parts, true);
    }

    /// <summary>Assets in one of three wordings; two of them name only some parts (a "其中" list).</summary>
    public static Para Assets(ReportContext ctx, int variant)
    {
        var a = ctx.Ledger.Assets;
        var total = ctx.Money(a.Total, "assets.total", "资产总额");
        var current = ctx.Money(a.Current, "assets.current", "流动资产");
        var noncurrent = ctx.Money(a.Noncurrent, "assets.noncurrent", "非流动资产");
        var fixedAssets = ctx.Money(a.Fixed, "assets.fixed", "固定资产");
        var intangible = ctx.Money(a.Intangible, "assets.intangible", "无形资产");
        var cash = ctx.Money(a.Cash, "assets.cash", "货币资金");
        var receivable = ctx.Money(a.Receivable, "assets.receivable", "应收款项");
        var y = ctx.YearText(ctx.Year);
        return (variant % 3) switch
        {
            0 => new Para().T($"截至{y}年12月31日，资产总额").N(total, "assets.total").T("，其中流动资产").N(current, "assets.current")
                .T("，非流动资产").N(noncurrent, "assets.noncurrent").T("（其中固定资产").N(fixedAssets, "assets.fixed")
                .T("，无形资产").N(intangible, "assets.intangible").T("）。")
                .Sum(total, [current, noncurrent], true).Sum(noncurrent, [fixedAssets, intangible], false),
            1 => new Para().T($"{y}年末资产总额").N(total, "assets.total").T("，其中货币资金").N(cash, "assets.cash")
                .T("，固定资产净值").N(fixedAssets, "assets.fixed").T("，无形资产净值").N(intangible, "assets.intangible")
                .T("，其他应收款").N(receivable, "assets.receivable").T("。")
                .Sum(total, [cash, fixedAssets, intangible, receivable], false),
            _ => new Para().T($"{y}年末资产总额").N(total, "assets.total").T("，其中流动资产").N(current, "assets.current")
                .T("（货币资金").N(cash, "assets.cash").T("、应收款项").N(receivable, "assets.receivable").T("），非流动资产")
                .N(noncurrent, "assets.noncurrent").T("。")
                .Sum(total, [current, noncurrent], true).Sum(current, [cash, receivable], false),
        };
    }

    /// <summary>Income with its parts and the share of fiscal funding; partial names only 财政拨款收入.</summary>
    public static Para Income(ReportContext ctx, string lead, bool partial, bool withShare)
    {
        var l = ctx.Ledger;
        var total = ctx.Money(l.IncomeTotal, "income.total", "收入总额");
        var fiscal = ctx.Money(l.IncomeFiscal, "income.fiscal", "财政拨款收入");
        var p = new Para().T(lead).N(total, "income.total").T("，其中一般公共预算财政拨款收入").N(fiscal, "income.fiscal");
        if (withShare) p.T("，占总收入").N(ctx.Share(fiscal, total, "share.fiscal", "财政拨款收入"));
        if (partial)
            return p.T("。").Sum(total, [fiscal], false);
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

    /// <summary>Expenditure: 支出总额 = 基本支出 + 项目支出, 基本支出 = 人员经费 + 公用经费, with shares.</summary>
    public static Para Expense(ReportContext ctx, string lead, bool byBasic)
    {
        var l = ctx.Ledger;
        var total = ctx.Money(l.ExpenseTotal, "expense.total", "支出总额");
        var personnel = ctx.Money(l.ExpensePersonnel, "expense.personnel", "人员经费");
        var publicCost = ctx.Money(l.ExpensePublic, "expense.public", "公用经费");
        var project = ctx.Money(l.ExpenseProject, "expense.project", "项目支出");
        if (!byBasic)
            return new Para().T(lead).N(total, "expense.total").T("，其中人员经费支出").N(personnel, "expense.personnel")
                .T("，日常公用经费支出").N(publicCost, "expense.public").T("，项目经费支出").N(project, "expense.project").T("。")
                .Sum(total, [personnel, publicCost, project], true);
        var basic = ctx.Money(l.ExpenseBasic, "expense.basic", "基本支出");
        return new Para().T(lead).N(total, "expense.total").T("，其中基本支出").N(basic, "expense.basic")
            .T("，占总支出").N(ctx.Share(basic, total, "share.basic", "基本支出"))
            .T("（人员经费").N(personnel, "expense.personnel").T("，公用经费").N(publicCost, "expense.public")
            .T("）；项目支出").N(project, "expense.project").T("，占总支出").N(ctx.Share(project, total, "share.project", "项目支出")).T("。")
            .Sum(total, [basic, project], true).Sum(basic, [personnel, publicCost], true);
    }

    /// <summary>Budget versus actual for the whole unit: adjusted budget, rate and the balance (结余) or overspend (超支).</summary>
    public static Para Execution(ReportContext ctx, string lead)
    {
        var t = ctx.Ledger.Total;
        var adjusted = ctx.Money(t.Adjusted);
        var initial = ctx.Money(t.Initial);
        var actual = ctx.Money(t.Actual);
        var p = new Para().T(lead).N(adjusted, "budget.adjusted", "total").T("（年初预算").N(initial, "budget.initial", "total");
        if (t.Adjustment > 0)
        {
            var adjustment = ctx.Money(t.Adjustment);
            p.T("，年中追加").N(adjustment, "budget.adjustment", "total").Sum(adjusted, [initial, adjustment], true);
        }
        p.T("），实际支出").N(actual, "budget.actual", "total").T("，预算执行率")
         .N(ctx.Rate(actual, adjusted, "rate.total", "全年预算"), "budget.rate", "total");
        var (word, diff) = ctx.Difference(adjusted, actual, "结余", "超支", "difference.budget", "预算与实际支出");
        return p.T($"，{word}").N(diff).T("。");
    }

    /// <summary>三公经费 with its parts and the change against last year, as body list item "（1）".</summary>
    public static Para Sangong(ReportContext ctx, string lead)
    {
        var l = ctx.Ledger;
        var total = ctx.Money(l.SangongTotal, "sangong.total", "“三公”经费");
        var parts = new List<Printed>();
        var p = new Para().T(lead).N(total, "sangong.total").T("，其中");
        var named = new List<(long Yuan, string Label, string Concept)>
        {
            (l.SangongVehicle, "公务用车运行维护费", "sangong.vehicle"),
            (l.SangongReception, "公务接待费", "sangong.reception"),
            (l.SangongAbroad, "因公出国（境）费", "sangong.abroad"),
        };
        // Vehicle costs are named even when nil; travel abroad only when there was any.
        foreach (var (yuan, label, concept) in named.Where(n => n.Yuan > 0 || n.Concept == "sangong.vehicle"))
        {
            var amount = ctx.Money(yuan, concept, label);
            p.T((parts.Count > 0 ? "，" : "") + label).N(amount, concept);
            parts.Add(amount);
        }
        var last = ctx.Money(l.SangongLastYear);
        var (word, diff) = ctx.Difference(total, last, "增加", "减少", "difference.sangong", "“三公”经费与上年");
        var change = ReportContext.Percent(Math.Abs(total.Value - last.Value) / last.Value * 100);
        change = change with { Claim = new Claims.DeviationClaim(last, total, change, magnitude: true) };
        p.T("。较上年的").N(last).T(word).N(diff).T(word == "减少" ? "，下降" : "，增长").N(change).T("，主要是严格执行公务接待和公务用车管理规定。");
        return p.Sum(total, parts, true);
    }

    public static Para Meeting(ReportContext ctx, string lead, string purpose)
    {
        var amount = ctx.Plan.Quirks.FullWidth ? ctx.FullWidthMoney(ctx.Ledger.Meeting) : ctx.Money(ctx.Ledger.Meeting, "expense.meeting", "会议费");
        var p = new Para().T(lead).N(amount, "expense.meeting").T($"，{purpose}");
        if (ctx.Plan.Quirks.FullWidth) ctx.Doc.Trap("full-width", amount.WithUnit);
        return p;
    }

    public static Para Training(ReportContext ctx, string lead, string purpose) =>
        new Para().T(lead).N(ctx.Money(ctx.Ledger.Training, "expense.training", "培训费"), "expense.training").T($"，{purpose}");

    /// <summary>"聚焦A、B、C三大目标" — a count in Chinese numerals after its list.</summary>
    public static Para MidTermGoal(ReportContext ctx)
    {
        var goals = ctx.Unit.Goals;
        var count = ctx.ListCount(goals, "大目标", chinese: true, site: "count.goals", label: "中长期目标");
        var parts = ctx.Unit.MidTermGoal.Split("{goals}");
        var p = ctx.Prose(parts[0]).T(ProseTemplate.List(goals)).N(count);
        ctx.Doc.Trap("chinese-numeral", ProseTemplate.List(goals) + count.WithUnit);
        return parts.Length > 1 ? p.Append(ctx.Prose(parts[1])) : p;
    }

    /// <summary>"一是…；二是…" — the year's targets, one per key task.</summary>
    public static Para AnnualTargets(ReportContext ctx, string lead)
    {
        var p = new Para().T(lead);
        for (var i = 0; i < ctx.Tasks.Count; i++)
        {
            var t = ctx.Tasks[i];
            p.T($"{ChineseNumerals.Of(i + 1)}是{t.Spec.Name}，{TargetPhrase(t)}");
            p.T(i == ctx.Tasks.Count - 1 ? "。" : "；");
        }
        return p;
    }

    public static string TargetPhrase(TaskOutcome t) => t.Spec.Comparison switch
    {
        Comparison.AtMost => $"{t.Spec.Indicator}控制在{t.TargetNumber}{t.Spec.Unit}以内",
        Comparison.Equal => $"{t.Spec.Indicator}达到{t.TargetNumber}{t.Spec.Unit}",
        _ => $"{t.Spec.Indicator}不低于{t.TargetNumber}{t.Spec.Unit}",
    };

    /// <summary>The self-score and grade, tied by a claim to the 自评表 total.</summary>
    public static Para Score(ReportContext ctx, string lead, out Printed score)
    {
        var sheet = ctx.Score;
        score = new Printed(sheet.TotalText, "分");
        score = score with { Claim = new Claims.GradeClaim(score, sheet.Grade) };
        return new Para().T(lead).N(score).T($"，评价等级为“{sheet.Grade}”。");
    }

    /// <summary>The unit's effect sentences, placeholders filled.</summary>
    public static Para Effects(ReportContext ctx) =>
        ctx.Unit.Effects.Aggregate(new Para(), (p, e) => p.Append(ctx.Prose(e.Sentence)));

    public static Para Satisfaction(ReportContext ctx, string lead)
    {
        var row = ctx.Score.Rows.Last(r => r.Level3.EndsWith("满意度", StringComparison.Ordinal));
        return new Para().T(lead).T($"{ctx.Unit.ServedParty}满意度为").N(row.Result).T("，高于年初设定的90%的目标值。");
    }

    /// <summary>Problems paired with suggestions: the unit's own first, then common budget-management ones.</summary>
    public static (List<string> Problems, List<string> Suggestions) ProblemsAndSuggestions(ReportContext ctx, int count)
    {
        var own = Math.Min(ctx.Unit.Problems.Count, count > 2 ? 2 : 1);
        var problems = ctx.Unit.Problems.Take(own).ToList();
        var suggestions = ctx.Unit.Suggestions.Take(own).ToList();
        foreach (var i in ctx.Some(Enumerable.Range(0, CommonProse.Problems.Count).ToList(), count - own))
        {
            problems.Add(Fill(ctx, CommonProse.Problems[i]));
            suggestions.Add(Fill(ctx, CommonProse.Suggestions[i]));
        }
        return (problems, suggestions);
    }

    public static string Fill(ReportContext ctx, string template) => ctx.Prose(template).Text;

    /// <summary>Splits "标题。正文" into a run-in title and its body.</summary>
    public static (string Title, string Body) TitleAndBody(string text)
    {
        var stop = text.IndexOf('。');
        return (text[..stop], text[(stop + 1)..]);
    }
}
