using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Faults;
using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Everything a template needs while writing one report: the plan, the unit, the year's figures, the random
/// source, the document and the fault book — plus the printing methods that attach claims and faults to the
/// numbers they print, so no template computes a share or a difference on its own.
/// </summary>
sealed class ReportContext
{
    public ReportContext(ReportPlan plan)
    {
        Plan = plan;
        Rng = new Random(plan.Seed);
        Faults = new FaultBook(plan.Faults);
        // A project report lists all of the project's spending components; a unit lists more projects the bigger it is.
        var projectCount = plan.Kind == ReportKind.Project ? plan.Unit.Projects.Count
            : plan.Size switch { ReportSize.Small => 2, ReportSize.Large => 5, _ => 3 };
        Ledger = LedgerFactory.Create(Rng, plan.Unit, plan.Size, Math.Min(projectCount, plan.Unit.Projects.Count), plan.Quirks.Overspend);
        var taskCount = plan.Size switch { ReportSize.Small => 4, ReportSize.Large => 9, _ => 6 };
        var specs = plan.Unit.Tasks.Take(taskCount).ToList();
        // Counted outputs can fall short; rates and "=" targets are reported as met.
        var missable = specs.Select((t, i) => (t, i)).Where(x => x.t.Comparison == Comparison.AtLeast && x.t.Unit is not ("%" or "‰")).Select(x => x.i).ToList();
        foreach (var i in Some(missable, plan.Quirks.MissedTargets)) specs[i] = specs[i] with { Ratio = (0.55m, 0.8m) };
        Tasks = specs.Select(t => TaskOutcome.Draw(t, Rng, plan.Year, plan.Unit.ShortName)).ToList();
    }

    public ReportPlan Plan { get; }
    public UnitProfile Unit => Plan.Unit;
    public int Year => Plan.Year;
    public Random Rng { get; }
    public ReportDocument Doc { get; } = new();
    public FaultBook Faults { get; }
    public Ledger Ledger { get; }
    public IReadOnlyList<TaskOutcome> Tasks { get; }

    public ProseValues Values => new(Year, Unit.ShortName);

    public bool AllTargetsMet => Tasks.All(t => t.Met);

    ScoreSheet? _score;

    /// <summary>The 自评表, drawn once; text and tables both quote it.</summary>
    public ScoreSheet Score => _score ??= ScoreSheetFactory.Build(this, ScoreInputs());

    /// <summary>The funds the report evaluates: the whole budget, or for a project report the project's.</summary>
    public BudgetLine Funds => Plan.Kind == ReportKind.Project ? Ledger.Project : Ledger.Total;

    ScoreSheetFactory.Inputs ScoreInputs()
    {
        var t = Funds;
        var s = Ledger.Staff;
        return new ScoreSheetFactory.Inputs(
            Rate(Money(t.Actual), Money(t.Adjusted)),
            Count(s.InService, "人"), Count(s.Authorized, "人"),
            Money(Ledger.SangongTotal), Money(Ledger.SangongLastYear));
    }

    public Para Prose(string template) => ProseTemplate.Fill(template, Values, Rng);

    /// <summary>The year as printed: full-width in reports whose quirks ask for it ("２０２３年").</summary>
    public string YearText(int year)
    {
        if (!Plan.Quirks.FullWidth) return year.ToString();
        var text = NumberText.FullWidth(year.ToString());
        Doc.Trap("full-width", text);
        return text;
    }

    /// <summary>The national 自评表's funding rows: 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金.</summary>
    public sealed record FundSources(BudgetLine Total, BudgetLine Fiscal, BudgetLine Carryover, BudgetLine Other);

    /// <summary>
    /// Splits the funds the report evaluates by source. Money carried over from last year is part of the year's
    /// additions (it has no 年初预算数) and is spent first; the rest is 当年财政拨款 with fiscalShare of it, 其他资金 the remainder.
    /// </summary>
    public FundSources Sources(BudgetLine funds, decimal fiscalShare)
    {
        var carry = funds.Adjustment > 0 ? Math.Min(funds.Adjustment, (long)(funds.Adjusted * LedgerFactory.Frac(Rng, 0.03m, 0.08m))) : 0;
        carry = Math.Min(carry, funds.Actual);
        var rest = new BudgetLine("", funds.Initial, funds.Adjustment - carry, funds.Actual - carry);
        var (fiscal, other) = Split(rest, fiscalShare, "当年财政拨款", "其他资金");
        return new FundSources(funds, fiscal, new BudgetLine("上年结转资金", 0, carry, carry), other);
    }

    /// <summary>Splits a budget line between two funding sources in proportion (the first gets share).</summary>
    public static (BudgetLine First, BudgetLine Second) Split(BudgetLine line, decimal share, string first, string second)
    {
        long Part(long v) => (long)(v * share);
        var a = new BudgetLine(first, Part(line.Initial), Part(line.Adjustment), Part(line.Actual));
        return (a, new BudgetLine(second, line.Initial - a.Initial, line.Adjustment - a.Adjustment, line.Actual - a.Actual));
    }

    // ---- money ------------------------------------------------------------------------------------------

    public static decimal Wan(long yuan) => Math.Round(yuan / 10000m, 2, MidpointRounding.AwayFromZero);

    string MoneyText(decimal wan) => Plan.Quirks.Money == MoneyStyle.Trimmed ? NumberText.Trimmed(wan, 2) : NumberText.Fixed(wan, 2);

    /// <summary>An amount in 万元 for running text; a sum or unit fault planned at the site alters it.</summary>
    public Printed Money(long yuan, string? site = null, string label = "")
    {
        var correct = new Printed(MoneyText(Wan(yuan)), "万元");
        if (site is null) return correct;
        if (Faults.Has(FaultType.Unit, site))
            return Faults.Alter(FaultType.Unit, site, correct, () => correct with { Unit = "元" },
                $"{label}金额单位误印为“元”，与同段其他以万元计的金额不一致，应为{correct.WithUnit}。");
        return Faults.Alter(FaultType.Sum, site, correct, () => new Printed(MoneyText(Wan(yuan) + SumDelta(Wan(yuan))), "万元"),
            $"{label}印为错误数额，各分项之和与合计数不符，应为{correct.WithUnit}。");
    }

    /// <summary>An amount in a 万元 table: no unit after the number, trailing zeros dropped as spreadsheets do.</summary>
    public Printed TableMoney(long yuan, bool spreadsheet = false)
    {
        var wan = Wan(yuan);
        return new Printed(spreadsheet ? NumberText.SpreadsheetStyle(wan, 2) : NumberText.Trimmed(wan, 2), "");
    }

    /// <summary>An amount in a 万元 form (the national 自评表): two decimals, or trailing zeros dropped where the report does so.</summary>
    public Printed SheetMoney(long yuan) => new(MoneyText(Wan(yuan)), "");

    public Printed FullWidthMoney(long yuan) => new(NumberText.FullWidth(NumberText.Trimmed(Wan(yuan), 2)), "万元");

    /// <summary>A whole-number count (staff, departments) with its measure word; a sum fault may alter it.</summary>
    public Printed Count(long n, string unit, string? site = null, string label = "")
    {
        var correct = new Printed(NumberText.Integer(n), unit);
        return site is null ? correct : Faults.Alter(FaultType.Sum, site, correct,
            () => new Printed(NumberText.Integer(n + (n > 10 ? 3 : 1)), unit),
            $"{label}印为错误人数，各分项之和与合计数不符，应为{correct.WithUnit}。");
    }

    decimal SumDelta(decimal wan)
    {
        var delta = Math.Round(Math.Max(12m, wan * LedgerFactory.Frac(Rng, 0.04m, 0.09m)), 2);
        return Rng.Next(2) == 0 ? delta : -delta;
    }

    // ---- percentages and the claims behind them ----------------------------------------------------------

    public static Printed Percent(decimal pct, string unit = "%") => new(NumberText.Fixed(pct, 2), unit);

    /// <summary>占比 = part / whole, from the printed figures, rounded to two decimals.</summary>
    public Printed Share(Printed part, Printed whole, string? site = null, string label = "")
    {
        var correct = Percent(part.Value / whole.Value * 100);
        var shown = site is null ? correct : Faults.Alter(FaultType.Share, site, correct,
            () => Percent(correct.Value + Shift()), $"{label}占比计算错误，按{part.WithUnit}÷{whole.WithUnit}应为{correct.WithUnit}。");
        return shown with { Claim = new RatioClaim(part, whole, shown, isRate: false) };
    }

    /// <summary>执行率 = actual / budget, from the printed figures, rounded to two decimals.</summary>
    public Printed Rate(Printed actual, Printed budget, string? site = null, string label = "")
    {
        var correct = Percent(actual.Value / budget.Value * 100);
        var shown = site is null ? correct : Faults.Alter(FaultType.Rate, site, correct,
            () => Percent(correct.Value + Shift()), $"{label}执行率计算错误，按{actual.Text}÷{budget.Text}应为{correct.WithUnit}。");
        return shown with { Claim = new RatioClaim(actual, budget, shown, isRate: true) };
    }

    /// <summary>(value − base) / base: a 自评表 deviation or a change against last year.</summary>
    public static Printed Deviation(Printed @base, Printed value, string unit = "%")
    {
        var shown = Percent((value.Value - @base.Value) / @base.Value * 100, unit);
        return shown with { Claim = new DeviationClaim(@base, value, shown) };
    }

    /// <summary>
    /// The stated difference between two printed amounts, and the word for its direction
    /// (超支/结余, 增加/减少). A difference fault prints a wrong amount.
    /// </summary>
    public (string Word, Printed Amount) Difference(Printed larger, Printed smaller, string up, string down, string? site = null, string label = "")
    {
        var diff = larger.Value - smaller.Value;
        var correct = new Printed(NumberText.Fixed(Math.Abs(diff), Math.Max(NumberText.Decimals(larger.Text), NumberText.Decimals(smaller.Text))), larger.Unit);
        var shown = site is null ? correct : Faults.Alter(FaultType.Difference, site, correct,
            () => new Printed(NumberText.Fixed(Math.Abs(diff) + Math.Round(Math.Max(3m, Math.Abs(diff) * 0.3m), 2), 2), larger.Unit),
            $"{label}差额计算错误，{larger.WithUnit}与{smaller.WithUnit}之差应为{correct.WithUnit}。");
        return (diff >= 0 ? up : down, shown with { Claim = new DifferenceClaim(larger, smaller, shown) });
    }

    /// <summary>
    /// "比上年增加D万元，增长p%": the change of a printed amount against last year's (in 元) and its rate, the claim on
    /// the rate. Last year's level is not printed; a reader recovers it as the amount less the change.
    /// </summary>
    public (string Word, Printed Change, string RateWord, Printed Rate) Growth(Printed now, long lastYuan)
    {
        var diff = now.Value - Wan(lastYuan);
        var change = new Printed(MoneyText(Math.Abs(diff)), now.Unit);
        var rate = Percent(Math.Abs(diff) / Wan(lastYuan) * 100);
        rate = rate with { Claim = new GrowthClaim(now, change, rate, diff >= 0) };
        return diff >= 0 ? ("增加", change, "增长", rate) : ("减少", change, "下降", rate);
    }

    /// <summary>Last year's amount for a change of between lo and hi (a fraction, never near zero).</summary>
    public long LastYear(long yuan, decimal lo, decimal hi)
    {
        var g = LedgerFactory.Frac(Rng, lo, hi);
        if (Math.Abs(g) < 0.02m) g = g < 0 ? -0.02m - g : 0.02m + g;
        return (long)(yuan / (1 + g));
    }

    TaskCompletion? _completion;

    /// <summary>"年度N项重点工作任务中完成M项，完成率x%": the counts and the rate the 履职效能 row of a 部门 自评表 reports.</summary>
    public TaskCompletion Completion => _completion ??= MakeCompletion();

    TaskCompletion MakeCompletion()
    {
        var total = Count(Tasks.Count, "项");
        var done = Count(Tasks.Count(t => t.Met), "项");
        return new TaskCompletion(total, done, Share(done, total));
    }

    /// <summary>The count stated before or after a list; an enumeration fault states one more than listed.</summary>
    public Printed ListCount(IReadOnlyList<string> items, string unit, bool chinese = false, string? site = null, string label = "")
    {
        Printed Make(int n) => new(chinese ? ChineseNumerals.Count(n) : n.ToString(), unit);
        var correct = Make(items.Count);
        var shown = site is null ? correct : Faults.Alter(FaultType.Enumeration, site, correct, () => Make(items.Count + 1),
            $"{label}所列名称为{items.Count}{unit}，与文中所述数量不符。");
        return shown with { Claim = new CountClaim(shown, items) };
    }

    decimal Shift() => (Rng.Next(2) == 0 ? 1 : -1) * Math.Round(LedgerFactory.Frac(Rng, 1.3m, 4.2m), 2);

    // ---- picking ------------------------------------------------------------------------------------------

    public T Pick<T>(IReadOnlyList<T> items) => items[Rng.Next(items.Count)];

    /// <summary>n items in their original order (lists in reports keep their usual order).</summary>
    public List<T> Some<T>(IReadOnlyList<T> items, int n)
    {
        var idx = Enumerable.Range(0, items.Count).OrderBy(_ => Rng.Next()).Take(Math.Min(n, items.Count)).Order().ToList();
        return idx.Select(i => items[i]).ToList();
    }

    public string DocNo(int number) => $"{Unit.DocPrefix}〔{Year}〕{number}号";
}

/// <summary>How many of the year's key tasks there were, how many were done, and the completion rate.</summary>
sealed record TaskCompletion(Printed Total, Printed Done, Printed Rate);
