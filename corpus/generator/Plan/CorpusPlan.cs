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

        new("national-01", Family.National, ReportKind.Project, 2023, ReportSize.Medium, 240401,
            SkillsTraining.Profile, [],
            new Quirks { LostAutonumberFrom = 1, LostAutonumberTo = 1, Money = MoneyStyle.Trimmed, MissedTargets = 1 }, Word: new(true, true)),
        new("national-02", Family.National, ReportKind.Project, 2024, ReportSize.Small, 240402,
            SmallReservoirs.Profile,
            [
                new FaultSpec(FaultType.Rate, "rate.fiscal"),
                new FaultSpec(FaultType.Enumeration, "count.components"),
                new FaultSpec(FaultType.Sum, "budget.fiscal"),
            ],
            new Quirks { FullWidth = true, Bookmark = true, RunOn = true, SheetAttached = true }, Word: new(false, false)),
        new("national-03", Family.National, ReportKind.DepartmentOverall, 2023, ReportSize.Medium, 240403,
            ResourceTrading.Profile, [], new Quirks { FullWidth = true }, Word: new(true, false)),
        new("national-04", Family.National, ReportKind.DepartmentOverall, 2021, ReportSize.Large, 240404,
            EducationSports.Profile,
            [
                new FaultSpec(FaultType.Sum, "staff.technical"),
                new FaultSpec(FaultType.Numbering, "numbering.sangong"),
                new FaultSpec(FaultType.Share, "share.basic"),
            ],
            new Quirks { LostAutonumberFrom = 5, Money = MoneyStyle.Trimmed, Bookmark = true, MissedTargets = 1 }, Word: new(false, true)),

        new("henan-01", Family.Henan, ReportKind.DepartmentOverall, 2022, ReportSize.Large, 240501,
            UrbanManagement.Profile, [],
            new Quirks { LostAutonumberFrom = 4, MissedTargets = 2, SheetAttached = true }, Word: new(true, true)),
        new("henan-02", Family.Henan, ReportKind.DepartmentOverall, 2024, ReportSize.Small, 240502,
            VeteransService.Profile,
            [
                new FaultSpec(FaultType.Unit, "expense.training"),
                new FaultSpec(FaultType.Difference, "difference.budget"),
                new FaultSpec(FaultType.MissingSection, "omit.deviation"),
            ],
            new Quirks { TabbedTitle = true, Money = MoneyStyle.Trimmed, RunOn = true, SheetAttached = true }, Word: new(false, true)),
    ];
}
