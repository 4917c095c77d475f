using System.Text.Json;

namespace PerfEvalIngest.Learning.Training;

/// <summary>
/// The labelled data of models/ml/labels: the kind of each document (document-kinds.tsv) and the category of each
/// top-level heading (section-labels.tsv), written by reading the documents. A row names its document by source —
/// <c>corpus</c> (corpus/reports), <c>seed</c> (the seeds folder) or <c>pool:owner/name</c> (the real pool, by the
/// first 12 hex digits of its sha256, located through corpus/real/manifest.json) — so that no document's text is kept
/// with the labels.
/// </summary>
public static class LabelledData
{
    internal sealed record KindLabel(string Source, string Document, string Kind);

    internal sealed record SectionLabel(string Source, string Document, string Kind, int Level, string Title, string Category);

    /// <summary>Where the documents are: the repository (for corpus/ and the manifest), the seeds and the pool
    /// folders (either may be absent).</summary>
    public sealed record Places(string Repository, string? Seeds, string? Pool);

    internal static IReadOnlyList<KindLabel> Kinds(string path) =>
        Rows(path).Select(r => new KindLabel(r[0], r[1], r[2])).ToList();

    internal static IReadOnlyList<SectionLabel> Sections(string path) =>
        Rows(path).Select(r => new SectionLabel(r[0], r[1], r[2], int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), r[4], r[5])).ToList();

    /// <summary>The file a label names, or null when its folder is not here.</summary>
    internal static string? Locate(string source, string document, Places places, IReadOnlyDictionary<string, string> manifest)
    {
        string? path = source switch
        {
            "corpus" => Path.Combine(places.Repository, "corpus", "reports", document),
            "seed" => places.Seeds == null ? null : Path.Combine(places.Seeds, document),
            _ when source.StartsWith("pool:", StringComparison.Ordinal) =>
                places.Pool == null || !manifest.TryGetValue(document, out var file) ? null : Path.Combine(places.Pool, file),
            _ => null,
        };
        return path != null && File.Exists(path) ? path : null;
    }

    /// <summary>corpus/real/manifest.json: document id → file under the pool folder.</summary>
    internal static IReadOnlyDictionary<string, string> Manifest(string repository)
    {
        var path = Path.Combine(repository, "corpus", "real", "manifest.json");
        if (!File.Exists(path)) return new Dictionary<string, string>();
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("documents").EnumerateArray()
            .ToDictionary(d => d.GetProperty("id").GetString()!, d => d.GetProperty("file").GetString()!);
    }

    private static IEnumerable<string[]> Rows(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t'));
}
