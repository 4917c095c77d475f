using PerfEvalIngest.Tests.Support;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEvalIngest.Tests.Seeds;

/// <summary>
/// What a careful reader found in a seed report, written by hand from reading it (Seeds/Expected/*.json): the
/// whole outline, hand-checked figures, table cells at chosen coordinates, and the identities checked by hand.
/// </summary>
public sealed record SeedExpectation(
    string Seed,
    ExpectedMetadata Metadata,
    IReadOnlyList<ExpectedHeading> Outline,
    IReadOnlyList<ExpectedFact> Facts,
    IReadOnlyList<ExpectedTable>? Tables)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static SeedExpectation Load(string stem)
    {
        var path = Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests", "Seeds", "Expected", stem + ".json");
        return JsonSerializer.Deserialize<SeedExpectation>(File.ReadAllText(path), Options)!;
    }

    public static TheoryData<string> Stems => new() { "000_3c5d018504183b2f", "001_51313b31403ae784", "002_98fcc12b36c2cf12" };
}

public sealed record ExpectedMetadata(string Unit, int Year, string Kind);
public sealed record ExpectedHeading(int Level, string Label, string Title);
public sealed record ExpectedFact(string Concept, string Value, string Unit, string Section, string Quote,
    string? Measure, string? Row, string? Column);
public sealed record ExpectedTable(string Caption, int Rows, int Cols, IReadOnlyList<ExpectedCell> Cells);
public sealed record ExpectedCell(int Row, int Col, string Text, int RowSpan = 1, int ColSpan = 1);
