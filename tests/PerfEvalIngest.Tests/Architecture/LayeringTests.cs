namespace PerfEvalIngest.Tests.Architecture;

/// <summary>
/// Data flows one way: a stage uses only the stages before it. The order is the pipeline's — the document model and
/// the knowledge files first, then reading, segmenting, learning, structure, facts, rubrics, checks, the facade that
/// runs them on one submission (the root namespace, with the result it returns), the output writers, the batch (input
/// discovery, the runner and its worker processes), and last the classifiers' training, which drives the facade. The
/// segmenter and the evaluation harness are assemblies of their own: the first uses nothing of the tool, the second
/// is used by nothing in the library. A use of a later stage fails the test, except the ones listed below as known, each with the
/// reason it is still there; a listed one that is gone fails too, so the list only ever shrinks.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Order =
    [
        "PerfEvalIngest.DocumentModel", "PerfEvalIngest.Knowledge", "PerfEvalIngest.Ingest", "PerfEvalIngest.Segmentation",
        "PerfEvalIngest.Learning", "PerfEvalIngest.Structure", "PerfEvalIngest.Facts", "PerfEvalIngest.Rubrics",
        "PerfEvalIngest.Checks", "PerfEvalIngest", "PerfEvalIngest.Output", "PerfEvalIngest.Batch", "PerfEvalIngest.Learning.Training",
    ];

    /// <summary>Uses of a later stage that are known and not yet undone: (from, to) → why. None today; an entry
    /// needs its reason.</summary>
    private static readonly Dictionary<(string From, string To), string> Known = new();

    private static int Rank(string ns)
    {
        // A sub-namespace (PerfEvalIngest.Output.Html, PerfEvalIngest.Ingest.Pdf) is its stage's.
        var stage = Order.Where(o => ns == o || ns.StartsWith(o + ".", StringComparison.Ordinal)).MaxBy(o => o.Length);
        return stage == null ? -1 : Array.IndexOf(Order, stage);
    }

    [Fact]
    public void No_stage_uses_a_later_one()
    {
        var pairs = NamespaceDependencies.Of(typeof(ReportPipeline).Assembly);
        var backward = pairs
            .Where(p => Rank(p.Key.From) >= 0 && Rank(p.Key.To) > Rank(p.Key.From))
            .Select(p => (Stage(p.Key.From), Stage(p.Key.To), p.Value))
            .DistinctBy(p => (p.Item1, p.Item2))
            .ToList();
        var unknown = backward.Where(b => !Known.ContainsKey((b.Item1, b.Item2))).Select(b => $"{b.Item1} → {b.Item2} ({b.Value})").ToList();
        var undone = Known.Keys.Where(k => !backward.Any(b => (b.Item1, b.Item2) == k)).Select(k => $"{k.From} → {k.To}").ToList();
        Assert.True(unknown.Count == 0, "stages using later ones:\n" + string.Join("\n", unknown));
        Assert.True(undone.Count == 0, "known uses that are gone; take them off the list:\n" + string.Join("\n", undone));
    }

    [Fact]
    public void The_segmenter_stands_alone_and_the_library_never_uses_the_harness()
    {
        var segmenter = typeof(PerfEvalIngest.Segmentation.JiebaSegmenter).Assembly;
        Assert.DoesNotContain(segmenter.GetReferencedAssemblies(), a => a.Name!.StartsWith("PerfEvalIngest", StringComparison.Ordinal));
        var library = typeof(ReportPipeline).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        Assert.Contains(segmenter.GetName().Name, library);
        Assert.DoesNotContain(typeof(PerfEvalIngest.Evaluation.FaultEvaluation).Assembly.GetName().Name, library);
    }

    private static string Stage(string ns) => Order.Where(o => ns == o || ns.StartsWith(o + ".", StringComparison.Ordinal)).MaxBy(o => o.Length)!;
}
