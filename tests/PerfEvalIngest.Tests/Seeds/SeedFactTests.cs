using System.Globalization;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Seeds;

/// <summary>Hand-checked figures of each seed (Seeds/Expected): concept, value, unit and section.</summary>
public sealed class SeedFactTests
{
    /// <summary>Targets and results stated in prose ("预期目标：…不低于200项。完成情况：…256项") belong to the target
    /// checks, which pair them with their 自评表 rows; this reader gives them no indicator concept yet. Table
    /// indicators are read and asserted.</summary>
    private static bool NotYetRead(ExpectedFact f) =>
        f.Concept.StartsWith("indicator.", StringComparison.Ordinal) && !f.Section.StartsWith("table:", StringComparison.Ordinal);

    [SeedTheory]
    [MemberData(nameof(SeedExpectation.Stems), MemberType = typeof(SeedExpectation))]
    public void Every_hand_checked_figure_is_extracted_with_concept_value_unit_and_section(string stem)
    {
        var expected = SeedExpectation.Load(stem);
        var facts = TestPipeline.CheckFile(TestPipeline.SeedPath(stem)).Facts!.Facts;
        var missing = new List<string>();
        int checkedCount = 0;
        foreach (var want in expected.Facts)
        {
            if (NotYetRead(want)) continue;
            checkedCount++;
            var value = decimal.Parse(want.Value, CultureInfo.InvariantCulture);
            bool found = facts.Any(f => f.Concept == want.Concept && f.Value == value && f.Unit == want.Unit
                                        && SectionMatches(f, want));
            if (!found) missing.Add($"{want.Concept} = {want.Value}{want.Unit} in {want.Section} («{want.Quote}»)");
        }
        Assert.True(checkedCount >= 10, $"only {checkedCount} figures checked");
        Assert.Empty(missing);
    }

    private static bool SectionMatches(Facts.Fact fact, ExpectedFact want) =>
        want.Section.StartsWith("table:", StringComparison.Ordinal)
            ? fact.Location.Table != null && fact.Row == want.Row
            : fact.Location.Section == want.Section;

    [SeedFact]
    public void Income_total_of_the_Nanjing_seed_is_2792_30_wan_yuan_in_section_one_two()
    {
        var facts = TestPipeline.CheckFile(TestPipeline.SeedPath("000_3c5d018504183b2f")).Facts!.Facts;
        var income = facts.First(f => f.Concept == "income.total");
        Assert.Equal((2792.30m, "万元", "一、/（二）/1、", 13), (income.Value, income.Unit, income.Location.Section, income.Location.Paragraph));
        Assert.Equal("2792.30", income.Value.ToString(CultureInfo.InvariantCulture));   // printed precision kept
    }

    [SeedFact]
    public void Document_numbers_years_and_ordinals_are_not_figures()
    {
        var facts = TestPipeline.CheckFile(TestPipeline.SeedPath("001_51313b31403ae784")).Facts!.Facts;
        Assert.DoesNotContain(facts, f => f.Value is 2020m or 107m or 2023m or 2022m);
        Assert.DoesNotContain(facts, f => f.Value is 56m or 85m or 115m);   // 第56期、第85期和第115期
        Assert.Contains(facts, f => f.Value == 9874m && f.Unit == "家");
    }
}
