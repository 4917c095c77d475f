using PerfEvalIngest.Checks;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>The checks catalogue as examples (Checks/Spec/*.md): each snippet must raise exactly the findings of
/// its category that the example lists — those that must trigger, and none that must not.</summary>
public sealed class CheckSpecTests
{
    [Theory]
    [MemberData(nameof(CheckSpecExample.All), MemberType = typeof(CheckSpecExample))]
    public void Example_raises_exactly_the_expected_findings(CheckSpecExample example)
    {
        var findings = TestPipeline.Check(example.Text).Findings
            .Where(f => example.Covers(f.Category) && f.Rule.StartsWith(example.RulePrefix, StringComparison.Ordinal)).ToList();
        var unmatched = findings.ToList();
        var missing = new List<string>();
        foreach (var (rule, value) in example.Expected)
        {
            var match = unmatched.FirstOrDefault(f => f.Rule == rule && Matches(f, value));
            if (match == null) missing.Add($"{rule} {value}");
            else unmatched.Remove(match);
        }
        Assert.True(missing.Count == 0 && unmatched.Count == 0,
            $"missing: [{string.Join("; ", missing)}]; unexpected: [{string.Join("; ", unmatched.Select(f => $"{f.Rule} {f.Expected}/{f.Actual}: {f.Message}"))}]");
    }

    [Fact]
    public void The_catalogue_has_examples_that_must_and_must_not_trigger_each_family()
    {
        var examples = CheckSpecExample.All().Select(o => (CheckSpecExample)o[0]).ToList();
        foreach (var category in new[] { "arithmetic", "unit", "numbering", "enumeration", "completeness", "target", "cross-reference", "claim", "editorial" })
        {
            Assert.Contains(examples, e => e.Category == category && e.Expected.Count == 0);
            Assert.Contains(examples, e => e.Category == category && e.Expected.Count > 0);
        }
        foreach (var rule in new[] { "arithmetic.sum", "arithmetic.share", "arithmetic.rate", "arithmetic.difference", "arithmetic.deviation", "arithmetic.score-total", "arithmetic.growth", "arithmetic.direction", "editorial.subject-name", "editorial.placeholder", "editorial.cut-off",
                     "cross-reference.text-table", "cross-reference.subject-name", "editorial.collocation", "editorial.punctuation",
                     "editorial.wrong-year", "editorial.reason-contradiction", "editorial.unbalanced-bracket", "editorial.unbalanced-quotes",
                     "editorial.empty-table-note", "unit.missing-percent", "unit.missing", "arithmetic.funds-score", "arithmetic.score-over-weight",
                     "arithmetic.score-over-max", "arithmetic.indicator-formula", "target.met-not-full", "target.missed-as-met", "target.no-reason", "claim.grade" })
            Assert.Contains(examples, e => e.Expected.Any(x => x.Rule == rule));
    }

    private static bool Matches(Finding f, string value) =>
        value.Length == 0 || f.Expected == value || f.Actual == value || f.Evidence.Contains(value, StringComparison.Ordinal);
}
