using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEvalIngest.Evaluation.Truth;

/// <summary>
/// Hand-written truth for one real document (<c>perfeval.real-truth/1</c>, corpus/real/README.md): what it is, the
/// figures a reader must get right, the defects a reviewer finds in it and the places a checker must not flag.
/// Written by reading the document, never from the tool's output, so that the tool can be scored against it.
/// </summary>
internal sealed partial record DocumentTruth(
    string Id,
    string Sha256,
    string? File,
    bool Readable,
    string? ExpectedError,
    string Kind,
    string? Title,
    IReadOnlyList<string>? TitleAlternatives,
    string? Unit,
    int? Year,
    string? Scope,
    int? Pages,
    IReadOnlyList<int>? BlankPages,
    IReadOnlyList<int>? TocPages,
    IReadOnlyList<TruthFigure>? KeyFigures,
    IReadOnlyList<TruthDefect>? Defects,
    string? Notes)
{
    public IReadOnlyList<TruthFigure> FigureList => KeyFigures ?? [];
    public IReadOnlyList<TruthDefect> DefectList => Defects ?? [];
    public IReadOnlyList<int> BlankPageList => BlankPages ?? [];
    public IReadOnlyList<int> TocPageList => TocPages ?? [];

    /// <summary>The generated contract: the installed command is compiled ahead of time, without reflection.</summary>
    private static readonly System.Text.Json.Serialization.Metadata.JsonTypeInfo<DocumentTruth> Contract = new Json(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    }).DocumentTruth;

    [JsonSerializable(typeof(DocumentTruth))]
    private sealed partial class Json : JsonSerializerContext
    {
    }

    /// <summary>Every truth file of a folder, by sha256. A file that does not parse is named in
    /// <paramref name="problems"/> and left out, so one typo does not stop the scoring of the rest.</summary>
    public static IReadOnlyDictionary<string, DocumentTruth> LoadFolder(string folder, List<string> problems)
    {
        var bySha = new Dictionary<string, DocumentTruth>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var truth = JsonSerializer.Deserialize(System.IO.File.ReadAllBytes(path), Contract);
                if (truth == null || string.IsNullOrEmpty(truth.Sha256))
                    problems.Add($"{Path.GetFileName(path)}: no sha256");
                else
                    bySha[truth.Sha256] = truth;
            }
            catch (JsonException e)
            {
                problems.Add($"{Path.GetFileName(path)}: {e.Message}");
            }
        }
        return bySha;
    }
}

/// <summary>A figure the document prints, as printed: value, unit, 1-based page, and whether in text or a table.</summary>
internal sealed record TruthFigure(string? Id, string? Label, decimal Value, string? Unit, int? Page, string? Where, string? Quote);

/// <summary>A real defect: where a finding would point (<see cref="Pages"/>), and <see cref="Anchors"/>, short
/// strings of which a finding's evidence, expected or actual value or message must contain one to count as
/// finding it.</summary>
internal sealed record TruthDefect(string? Id, string? Category, string? Rule, string? Severity, IReadOnlyList<int>? Pages,
    string? Quote, IReadOnlyList<string>? Anchors, string? Explanation)
{
    public IReadOnlyList<int> PageList => Pages ?? [];
    public IReadOnlyList<string> AnchorList => Anchors ?? [];
}
