using System.Text.Json;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Evaluation.Truth;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.Faults;

/// <summary>
/// The independent fault set (Faults/Independent/*.json): single faults made by hand in copies of the seeds, each an
/// exact edit with the relation it breaks — not planted by the injector, not placed by asking the checks. A fault is
/// caught when the edited report raises a finding the original does not, of the fault's category, that quotes the
/// edited figure (the fault's anchor) or points at the edited paragraph or cell.
/// </summary>
public sealed class IndependentFaultTests(ITestOutputHelper output)
{
    public sealed record Fault(string Id, string Type, string Category, string Find, string Replace, string Anchor, string Why);

    public sealed record FaultFile(string Seed, string? Notes, IReadOnlyList<Fault> Faults);

    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests", "Faults", "Independent");

    public static IReadOnlyList<FaultFile> Files() =>
        Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal)
            .Select(p => JsonSerializer.Deserialize<FaultFile>(File.ReadAllText(p), Options)!).ToList();

    [SeedFact]
    public void Hand_made_faults_are_caught_at_their_place()
    {
        var results = new List<(Fault Fault, bool Caught)>();
        foreach (var file in Files())
        {
            var original = File.ReadAllText(TestPipeline.SeedPath(file.Seed));
            var before = Check(original, file.Seed).Findings.Select(f => f.Identity).ToHashSet();
            foreach (var fault in file.Faults)
            {
                Assert.True(Count(original, fault.Find) == 1, $"{fault.Id}: its text is not found exactly once in {file.Seed}");
                var edited = original.Replace(fault.Find, fault.Replace, StringComparison.Ordinal);
                var report = Check(edited, file.Seed);
                var fresh = report.Findings.Where(f => !before.Contains(f.Identity) && f.Category == fault.Category).ToList();
                // A removed section has no place left: a part reported missing that the original had is the catch.
                bool caught = fresh.Any(f => Quotes(f, fault.Anchor) || AtEdit(f, report, fault)
                                             || (fault.Type == "missing-section" && f.Rule == "completeness.missing"));
                results.Add((fault, caught));
            }
        }

        var byType = results.GroupBy(r => r.Fault.Type).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        output.WriteLine("type                 faults  caught  recall");
        foreach (var g in byType)
            output.WriteLine($"{g.Key,-20} {g.Count(),6} {g.Count(r => r.Caught),7}  {(double)g.Count(r => r.Caught) / g.Count(),6:P0}");
        double overall = (double)results.Count(r => r.Caught) / results.Count;
        output.WriteLine($"{"all",-20} {results.Count,6} {results.Count(r => r.Caught),7}  {overall,6:P1}");
        foreach (var (fault, _) in results.Where(r => !r.Caught))
            output.WriteLine($"  missed {fault.Id} {fault.Type}: {fault.Find} → {fault.Replace}");

        Assert.True(results.Count >= 80, $"only {results.Count} hand-made faults");
        Assert.True(overall >= OverallFloor, $"caught {overall:P1} of the hand-made faults, floor {OverallFloor:P0}");
        foreach (var g in byType)
        {
            double recall = (double)g.Count(r => r.Caught) / g.Count();
            Assert.True(recall >= TypeFloor, $"{g.Key}: caught {recall:P0} of its hand-made faults, floor {TypeFloor:P0}");
        }
    }

    /// <summary>The share of the set caught today, as a floor: it may rise, never fall.</summary>
    private const double OverallFloor = 0.95;

    /// <summary>Every fault type is caught at least this often.</summary>
    private const double TypeFloor = 0.80;

    private static ReportResult Check(string text, string seed) =>
        TestPipeline.Instance.Run(TestPipeline.Read(text, seed + ".txt"), seed + ".txt", new ReportOptions());

    private static int Count(string text, string find)
    {
        int n = 0;
        for (int i = text.IndexOf(find, StringComparison.Ordinal); i >= 0; i = text.IndexOf(find, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static bool Quotes(Finding f, string anchor)
    {
        var a = TruthScorer.Fold(anchor);
        return a.Length > 0 && TruthScorer.Fold($"{f.Evidence}\u0001{f.Expected}\u0001{f.Actual}\u0001{f.Message}").Contains(a, StringComparison.Ordinal);
    }

    /// <summary>The finding points at the paragraph or table cell that holds the edited text.</summary>
    private static bool AtEdit(Finding f, ReportResult report, Fault fault)
    {
        var replaced = TruthScorer.Fold(fault.Replace);
        if (replaced.Length < 2 || report.Structure == null) return false;
        foreach (var block in report.Structure.Document.Blocks)
        {
            if (block is DocumentModel.Paragraph p && TruthScorer.Fold(p.Text).Contains(replaced, StringComparison.Ordinal))
                if (f.Location.Paragraph == p.Index || f.Location.Paragraph == p.Location.Paragraph) return true;
            if (block is DocumentModel.Table t && f.Location.Table == t.Id
                && t.Cells.Any(c => TruthScorer.Fold(c.Text).Contains(replaced, StringComparison.Ordinal))) return true;
        }
        return false;
    }
}
