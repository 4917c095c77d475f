using PerfEvalIngest.Tests.Support;
using System.Text.Json;

namespace PerfEvalIngest.Tests.Corpus;

/// <summary>The ground truth the corpus generator writes beside each report (corpus/truth/*.json).</summary>
public sealed record CorpusTruth(string Id, string Family, string Kind, string Unit, int Year,
    IReadOnlyList<TruthHeading> Outline, IReadOnlyList<TruthFact> Facts, IReadOnlyList<TruthFault> Faults, string? SameAs)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static string Folder => Path.Combine(RepositoryPaths.Root, "corpus");

    public static IReadOnlyList<(CorpusTruth Truth, string ReportPath)> All() =>
        Directory.GetFiles(Path.Combine(Folder, "truth"), "*.json").Order(StringComparer.Ordinal)
            .Select(p => (JsonSerializer.Deserialize<CorpusTruth>(File.ReadAllText(p), Options)!,
                Path.Combine(Folder, "reports", Path.GetFileNameWithoutExtension(p) + ".txt")))
            .ToList();
}

public sealed record TruthHeading(int Level, string Label, string Title);
public sealed record TruthFact(string Concept, string Value, string Unit, string Section, string Quote, string? Row, string? Column);
public sealed record TruthFault(string Type, string Rule, string Quote, string Section, string Expected, string Actual);
