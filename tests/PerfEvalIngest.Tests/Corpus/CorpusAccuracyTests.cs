using System.Globalization;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.Corpus;

/// <summary>
/// Accuracy against the corpus ground truth, measured and printed: outline headings, facts (concept, value,
/// unit), planted faults caught (recall per fault type) and findings on clean reports (false alarms).
/// </summary>
public sealed class CorpusAccuracyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> CategoryOfFault = new()
    {
        ["sum"] = "arithmetic", ["share"] = "arithmetic", ["rate"] = "arithmetic", ["difference"] = "arithmetic",
        ["unit"] = "unit", ["numbering"] = "numbering", ["enumeration"] = "enumeration", ["missing-section"] = "completeness",
    };

    [Fact]
    public void Outline_headings_match_the_truth_exactly()
    {
        int expected = 0, matched = 0;
        foreach (var (truth, path) in CorpusTruth.All())
        {
            var outline = TestPipeline.CheckFile(path).Structure!.Outline.Select(h => $"{h.Level} {h.Label} {h.Title}").ToList();
            var wanted = truth.Outline.Select(h => $"{h.Level} {h.Label} {h.Title}").ToList();
            expected += wanted.Count;
            matched += wanted.Count(outline.Contains);
            Assert.Equal(wanted, outline);
        }
        output.WriteLine($"headings: {matched}/{expected} matched ({100.0 * matched / expected:F1}%)");
    }

    [Fact]
    public void Facts_are_found_with_their_concepts()
    {
        int expected = 0, found = 0, extracted = 0, conceptual = 0;
        var misses = new List<string>();
        foreach (var (truth, path) in CorpusTruth.All())
        {
            var facts = TestPipeline.CheckFile(path).Facts!.Facts;
            extracted += facts.Count;
            conceptual += facts.Count(f => f.Concept != null);
            foreach (var want in truth.Facts.Where(f => !f.Concept.StartsWith("indicator.", StringComparison.Ordinal)))
            {
                expected++;
                // Truth keeps figures as printed, full-width digits included (３６．５).
                var value = decimal.Parse(PerfEvalIngest.Ingest.TextFold.Fold(want.Value).Replace(",", ""), CultureInfo.InvariantCulture);
                if (facts.Any(f => f.Concept == want.Concept && f.Value == value && f.Unit == want.Unit)) found++;
                else misses.Add($"{truth.Id}: {want.Concept} {want.Value}{want.Unit} «{want.Quote}»");
            }
        }
        double recall = (double)found / expected;
        output.WriteLine($"facts with concept: recall {found}/{expected} = {recall:P1}; {extracted} quantities extracted, {conceptual} with a concept");
        foreach (var miss in misses.Take(30)) output.WriteLine("  missed " + miss);
        Assert.True(recall >= 0.90, $"fact recall {recall:P1} below 90%; first misses: {string.Join(" | ", misses.Take(5))}");
    }

    [Fact]
    public void Every_planted_fault_is_caught_and_clean_reports_raise_no_errors_or_warnings()
    {
        var caught = new Dictionary<string, (int Planted, int Caught)>();
        int cleanReports = 0, falseAlarms = 0;
        var alarms = new List<string>();
        foreach (var (truth, path) in CorpusTruth.All())
        {
            var findings = TestPipeline.CheckFile(path).Findings;
            var claimed = new HashSet<Finding>();
            foreach (var fault in truth.Faults)
            {
                var category = CategoryOfFault[fault.Type];
                var hit = findings.FirstOrDefault(f => f.Category == category && !claimed.Contains(f) && PointsAt(f, fault));
                var (planted, got) = caught.GetValueOrDefault(fault.Type);
                caught[fault.Type] = (planted + 1, got + (hit != null ? 1 : 0));
                if (hit != null) claimed.Add(hit);
            }
            var unexplained = findings.Where(f => f.Severity >= Severity.Warning && !claimed.Contains(f)).ToList();
            if (truth.Faults.Count == 0) cleanReports++;
            falseAlarms += unexplained.Count;
            alarms.AddRange(unexplained.Select(f => $"{truth.Id}: {f.Rule} {f.Message}"));
        }

        output.WriteLine("fault type      planted  caught  recall");
        foreach (var (type, (planted, got)) in caught.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            output.WriteLine($"{type,-15} {planted,7} {got,7} {100.0 * got / planted,6:F1}%");
        output.WriteLine($"false alarms (errors and warnings not explained by a planted fault): {falseAlarms} over {CorpusTruth.All().Count} reports ({cleanReports} clean)");
        foreach (var a in alarms) output.WriteLine("  " + a);

        Assert.All(caught, kv => Assert.Equal(kv.Value.Planted, kv.Value.Caught));
        Assert.Empty(alarms);
    }

    /// <summary>The finding names the planted figure, or (for a missing section) the section's title.</summary>
    private static bool PointsAt(Finding f, TruthFault fault) =>
        (fault.Actual.Length > 0 && (f.Actual?.Contains(fault.Actual, StringComparison.Ordinal) == true
                                     || f.Evidence.Contains(fault.Actual, StringComparison.Ordinal)
                                     || f.Message.Contains(fault.Actual, StringComparison.Ordinal)))
        || (fault.Type == "missing-section" && f.Category == "completeness" && f.Rule == "completeness.missing")
        || (fault.Type == "numbering" && fault.Quote.Contains(f.Evidence, StringComparison.Ordinal));
}
