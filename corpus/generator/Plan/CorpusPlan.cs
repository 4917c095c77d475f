using PerfEvalIngest.Corpus.Faults;
using PerfEvalIngest.Corpus.Profiles;

namespace PerfEvalIngest.Corpus.Plan;

/// <summary>
/// The reports of the corpus. Seeds are fixed so the corpus is byte-identical on every run; changing a seed,
/// a profile or a template changes the corpus, which is then regenerated and committed as a whole.
/// </summary>
static class CorpusPlan
{
    public static readonly IReadOnlyList<ReportPlan> Reports =
    [
        new("nanjing-01", Family.Nanjing, ReportKind.DepartmentOverall, 2023, ReportSize.Medium, 240101,
            AgricultureCentre.Profile, [], new Quirks { TabbedTitle = true }, ExtraEncodings.Gb18030, Word: new(true, true)),
        new("nanjing-02", Family.Nanjing, ReportKind.DepartmentOverall, 2022, ReportSize.Small, 240102,
            CultureCentre.Profile,
            [
                new FaultSpec(FaultType.Unit, "expense.training"),
                new FaultSpec(FaultType.Share, "share.basic"),
                new FaultSpec(FaultType.Numbering, "numbering.overview"),
            ],
            new Quirks { LostAutonumberFrom = 3, Money = MoneyStyle.Trimmed }, Word: new(true, false)),
        new("nanjing-03", Family.Nanjing, ReportKind.DepartmentOverall, 2024, ReportSize.Large, 240103,
            MarketRegulation.Profile, [], new Quirks { FullWidth = true, PartialIncome = true }, Word: new(false, true)),

        new("suzhou-01", Family.Suzhou, ReportKind.DepartmentOverall, 2022, ReportSize.Medium, 240201,
            EmploymentCentre.Profile, [], new Quirks { Bookmark = true, MissedTargets = 4 }, Word: new(false, false)),
        new("suzhou-02", Family.Suzhou, ReportKind.DepartmentOverall, 2023, ReportSize.Large, 240202,
            WaterWorks.Profile,
            [
                new FaultSpec(FaultType.Rate, "rate.project"),
                new FaultSpec(FaultType.Sum, "income.fiscal"),
                new FaultSpec(FaultType.Enumeration, "org.departments"),
            ],
            new Quirks { LostAutonumberFrom = 7, Bookmark = true }, Word: new(true, true)),
        new("suzhou-03", Family.Suzhou, ReportKind.DepartmentOverall, 2021, ReportSize.Small, 240203,
            Library.Profile, [], new Quirks { LostAutonumberFrom = 7, Money = MoneyStyle.Trimmed }, ExtraEncodings.Utf16, Word: new(true, false)),

        new("hunan-01", Family.Hunan, ReportKind.DepartmentOverall, 2023, ReportSize.Large, 240301,
            Forestry.Profile, [], new Quirks { FullWidth = true, Overspend = true }, Word: new(true, true)),
        new("hunan-02", Family.Hunan, ReportKind.DepartmentOverall, 2024, ReportSize.Medium, 240302,
            DiseaseControl.Profile,
            [
                new FaultSpec(FaultType.Difference, "difference.budget"),
                new FaultSpec(FaultType.MissingSection, "omit.problems"),
            ],
            new Quirks { Money = MoneyStyle.Trimmed, MissedTargets = 1 }, Word: new(false, true)),
        new("hunan-03", Family.Hunan, ReportKind.Project, 2022, ReportSize.Small, 240303,
            RuralRoads.Profile, [], new Quirks(), Word: new(true, false)),
    ];
}
