using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Profiles;

namespace PerfEvalIngest.Corpus.Figures;

/// <summary>Draws a plausible year of figures for a unit; proportions follow what such units typically report.</summary>
static class LedgerFactory
{
    public static Ledger Create(Random rng, UnitProfile unit, ReportSize size, int projectCount, bool overspend = false)
    {
        var factor = size switch { ReportSize.Small => 0.35m, ReportSize.Large => 2.6m, _ => 1m };
        var total = Between(rng, (long)(unit.Spending.Min * factor), (long)(unit.Spending.Max * factor));

        // Basic spending is the larger share in service bodies; personnel is most of it.
        var basic = (long)(total * Frac(rng, 0.55m, 0.78m));
        var personnel = (long)(basic * Frac(rng, 0.72m, 0.88m));
        var publicCost = basic - personnel;
        var projectTotal = total - basic;

        // Profile projects read "名称：用途"; budget lines carry the name only.
        var projects = SplitProjects(rng, unit.Projects.Take(projectCount).Select(p => p.Split('：')[0]).ToList(), projectTotal);
        // Overspending happens on personnel costs after mid-year pay adjustments, paid from the unit's own income.
        var personnelLine = overspend ? Line(rng, "人员经费", personnel, 1.06m, 1.1m, 0.00m, 0.03m) : Line(rng, "人员经费", personnel, 0.97m, 1.00m, 0.00m, 0.10m);
        var publicLine = overspend ? Line(rng, "公用经费", publicCost, 1.0m, 1.03m, -0.02m, 0.02m) : Line(rng, "公用经费", publicCost, 0.93m, 0.995m, -0.06m, 0.05m);

        // Income covers spending give or take the year's carry-over; agencies have no 事业收入.
        var income = (long)(total * Frac(rng, 0.985m, 1.045m));
        var business = unit.IsAgency ? 0 : (long)(income * Frac(rng, 0.02m, 0.12m));
        var other = (long)(income * Frac(rng, 0.001m, 0.02m));
        var fiscal = income - business - other;

        var staffSize = size switch { ReportSize.Small => rng.Next(14, 30), ReportSize.Large => rng.Next(120, 260), _ => rng.Next(35, 80) };
        // An agency's posts are mostly administrative; a service institution's mostly professional.
        var management = Math.Max(3, (int)(staffSize * (unit.IsAgency ? Frac(rng, 0.55m, 0.7m) : Frac(rng, 0.15m, 0.3m))));
        var support = Math.Max(1, (int)(staffSize * Frac(rng, 0.03m, 0.08m)));
        var technical = staffSize - management - support;
        var inService = staffSize - rng.Next(1, Math.Max(3, staffSize / 8));
        var contract = rng.Next(2, Math.Max(5, staffSize / 4));

        var assetScale = (long)(total * Frac(rng, 0.4m, 1.6m));
        var cash = (long)(assetScale * Frac(rng, 0.08m, 0.25m));
        var receivable = (long)(assetScale * Frac(rng, 0.01m, 0.05m));
        var otherCurrent = (long)(assetScale * Frac(rng, 0.0m, 0.03m));
        var fixedAssets = (long)(assetScale * Frac(rng, 0.35m, 0.7m));
        var intangible = (long)(assetScale * Frac(rng, 0.01m, 0.12m));
        var otherNoncurrent = (long)(assetScale * Frac(rng, 0.0m, 0.04m));

        var vehicle = size == ReportSize.Small ? 0 : Between(rng, 8_000, 160_000);
        var reception = Between(rng, 800, 30_000);
        var abroad = size == ReportSize.Large && rng.Next(3) == 0 ? Between(rng, 20_000, 80_000) : 0;
        var sangong = vehicle + reception + abroad;

        return new Ledger
        {
            IncomeFiscal = fiscal,
            IncomeBusiness = business,
            IncomeOther = other,
            IncomeBudget = (long)(income * Frac(rng, 0.86m, 0.97m)),
            Personnel = personnelLine,
            Public = publicLine,
            Projects = projects,
            Wages = (long)(personnel * Frac(rng, 0.82m, 0.93m)),
            SangongVehicle = vehicle,
            SangongReception = reception,
            SangongAbroad = abroad,
            SangongLastYear = (long)(sangong * Frac(rng, 1.02m, 1.25m)),
            Meeting = Between(rng, 3_000, size == ReportSize.Large ? 380_000 : 40_000),
            Training = Between(rng, 8_000, size == ReportSize.Large ? 260_000 : 60_000),
            Staff = new Staffing(management, technical, support, inService, contract, rng.Next(2, Math.Max(4, staffSize / 3))),
            Assets = new Assets(cash, receivable, otherCurrent, fixedAssets, intangible, otherNoncurrent),
        };
    }

    /// <summary>A budget line whose actual spending is the given amount at an execution rate in [lo, hi].</summary>
    static BudgetLine Line(Random rng, string name, long actual, decimal lo, decimal hi, decimal adjLo, decimal adjHi)
    {
        var adjusted = (long)(actual / Frac(rng, lo, hi));
        var adjustment = (long)(adjusted * Frac(rng, adjLo, adjHi));
        return new BudgetLine(name, adjusted - adjustment, adjustment, actual);
    }

    static IReadOnlyList<BudgetLine> SplitProjects(Random rng, IReadOnlyList<string> names, long total)
    {
        var weights = names.Select(_ => rng.Next(2000, 10000) / 100m).ToList();
        var sum = weights.Sum();
        var lines = new List<BudgetLine>();
        long used = 0;
        for (var i = 0; i < names.Count; i++)
        {
            var actual = i == names.Count - 1 ? total - used : (long)(total * weights[i] / sum);
            used += actual;
            lines.Add(Line(rng, names[i], actual, 0.84m, 1.0m, -0.08m, 0.18m));
        }
        return lines;
    }

    public static long Between(Random rng, long min, long max) => min + (long)((max - min) * (decimal)rng.NextDouble());

    public static decimal Frac(Random rng, decimal lo, decimal hi) => lo + (hi - lo) * (decimal)rng.NextDouble();
}
