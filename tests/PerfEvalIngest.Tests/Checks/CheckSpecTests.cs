using PerfEvalIngest.Checks;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>The checks catalogue as examples (Checks/Spec/*.md): each snippet must raise exactly the findings the
/// example lists, of every category and severity, at the value and place it names, beside those it allows with a
/// reason; and every example of the catalogue must be read, none lost to a typo.</summary>
public sealed class CheckSpecTests
{
    [Theory]
    [MemberData(nameof(CheckSpecExample.All), MemberType = typeof(CheckSpecExample))]
    public void Example_raises_exactly_the_expected_findings(CheckSpecExample example)
    {
        var unmatched = TestPipeline.Check(example.Text).Findings.ToList();
        var missing = new List<string>();
        foreach (var expectation in example.Expected)
        {
            var match = unmatched.FirstOrDefault(expectation.Matches);
            if (match == null) missing.Add(expectation + Near(unmatched, expectation.Rule));
            else unmatched.Remove(match);
        }
        var unused = example.Allowed.Where(a => !unmatched.Any(a.Matches)).ToList();
        var unexpected = unmatched.Where(f => !example.Allowed.Concat(example.FileAllowed).Any(a => a.Matches(f))).ToList();
        Assert.True(missing.Count == 0 && unexpected.Count == 0 && unused.Count == 0,
            $"missing: [{string.Join("; ", missing)}]; unexpected: [{string.Join("; ", unexpected.Select(Describe))}]; " +
            $"allowed but not raised: [{string.Join("; ", unused)}]");
    }

    /// <summary>Every heading of a spec file is a well-formed example: a heading whose snippet or expect line is
    /// missing or mistyped would otherwise drop out of the theory above without a trace. The file's own allowances
    /// must each be used by one of its examples.</summary>
    [Theory]
    [MemberData(nameof(CheckSpecExample.FileNames), MemberType = typeof(CheckSpecExample))]
    public void Every_heading_of_a_spec_file_is_a_well_formed_example(string file)
    {
        var path = Path.Combine(CheckSpecExample.Folder, file);
        var headings = File.ReadAllLines(path).Count(l => l.StartsWith("## ", StringComparison.Ordinal));
        var read = CheckSpecExample.Read(path).ToList();
        var malformed = read.Where(r => r.Error != null).Select(r => $"{file}: '{r.Title}': {r.Error}").ToList();
        Assert.True(malformed.Count == 0, string.Join("\n", malformed));
        var examples = CheckSpecExample.Load(path).ToList();
        Assert.Equal(headings, examples.Count);
        Assert.NotEqual(0, headings);
        var raised = examples.SelectMany(e => TestPipeline.Check(e.Text).Findings).ToList();
        var unused = examples.SelectMany(e => e.FileAllowed).Distinct().Where(a => !raised.Any(a.Matches));
        Assert.Empty(unused);
    }

    private static string Describe(Finding f) =>
        $"{f.Rule} {f.Severity.Name()} {f.Expected}/{f.Actual} @{f.Location.Describe()}: {f.Message}";

    /// <summary>For a missing expectation, the findings of its rule that were raised, to tell a wrong value or place
    /// from a check that did not fire.</summary>
    private static string Near(IEnumerable<Finding> findings, string rule) =>
        findings.Where(f => f.Rule == rule).Select(f => $" (raised: {f.Expected}/{f.Actual} @{f.Location.Describe()})").FirstOrDefault() ?? "";

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
}
