using System.Runtime.CompilerServices;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output;

/// <summary>A batch keeps every report's slimmed result until its end; a slimmed result that still reached the
/// report's facts or structure would make a batch's memory grow with its size (it did: the key figures' cache was
/// copied into the slimmed result, and with it the fact set).</summary>
public sealed class SlimResultTests
{
    [Fact]
    public void A_slimmed_result_keeps_the_execution_rate_but_not_the_facts_or_structure_it_came_from()
    {
        var (slim, figures, facts, structure) = SlimAfterEveryOutputAsked();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(facts.IsAlive, "the slimmed result still holds the fact set");
        Assert.False(structure.IsAlive, "the slimmed result still holds the structure");
        // Of all its figures the batch keeps the execution rate, which the overview shows.
        Assert.Contains(("budget.rate", 96.61m), figures);
        Assert.True(figures.Count > 5, $"only {figures.Count} key figures read");
        Assert.Equal([("budget.rate", 96.61m)], slim.KeyFigures.Select(f => (f.Concept, f.Value)).ToList());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (ReportResult Slim, List<(string, decimal)> Figures, WeakReference Facts, WeakReference Structure) SlimAfterEveryOutputAsked()
    {
        var full = TestPipeline.CheckFile(Path.Combine(RepositoryPaths.Root, "corpus", "reports", "suzhou-01.txt"));
        // The checklists and the dataset ask for the key figures before the batch slims the result.
        var figures = full.KeyFigures.Select(f => (f.Concept, f.Value)).ToList();
        return (full.Slim(), figures, new WeakReference(full.Facts), new WeakReference(full.Structure));
    }
}
