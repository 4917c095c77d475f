using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts;

/// <summary>One figure that stands for the report: its concept (and measure, 预算 or 决算, where the report says), the
/// value as printed, the same value in 万元 when it is money, and where it came from.</summary>
public sealed record KeyFigure(
    string Concept,
    string Name,
    string? Measure,
    decimal Value,
    string Unit,
    decimal? ValueWan,
    string Origin,
    Location Location,
    string Text);

/// <summary>
/// The report-level figures of models/output/key-figures.json: for each concept and measure, the one fact that stands
/// for the report. A table row that marks a whole (预算总金额, 合计) wins over the rows it sums, and otherwise the first
/// mention in reading order, since a report states its headline figure before breaking it down.
/// </summary>
internal static partial class KeyFigures
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(File))]
    private sealed partial class KeyFiguresJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private sealed record File(IReadOnlyList<string> Concepts, IReadOnlyList<string> TotalRows, IReadOnlyList<string>? KeptAfterWriting);

    private static readonly Lazy<(File File, ConceptDictionary Concepts)> Knowledge =
        new(() => (ModelDirectory.LoadJson(o => new KeyFiguresJson(o).File, "output", "key-figures.json"), ConceptDictionary.Default));

    /// <summary>The concepts shown, in the order shown.</summary>
    public static IReadOnlyList<string> Concepts => Knowledge.Value.File.Concepts;

    /// <summary>Whether a batch keeps the concept's figure of a report after writing its outputs (the overview reads it).</summary>
    public static bool KeptAfterWriting(string concept) => Knowledge.Value.File.KeptAfterWriting?.Contains(concept, StringComparer.Ordinal) == true;

    /// <summary>The concept's Chinese name from models/concepts.json, or the id when it has none.</summary>
    public static string NameOf(string concept) => Knowledge.Value.Concepts[concept]?.Label ?? concept;

    public static IReadOnlyList<KeyFigure> Of(FactSet? facts)
    {
        if (facts == null) return [];
        var (file, _) = Knowledge.Value;
        var order = file.Concepts.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        return facts.Facts
            .Where(f => f.Concept != null && order.ContainsKey(f.Concept) && f.Measure is null or "budget" or "actual")
            .GroupBy(f => (Concept: f.Concept!, f.Measure))
            .Select(g => g.FirstOrDefault(f => StandsForWhole(f, file)) ?? g.First())
            .OrderBy(f => order[f.Concept!]).ThenBy(f => MeasureOrder(f.Measure))
            .Select(ToKeyFigure)
            .ToList();
    }

    private static bool StandsForWhole(Fact fact, File file)
    {
        if (fact.Row == null) return true;
        var row = Compact(fact.Row);
        return file.TotalRows.Any(t => row.Contains(t, StringComparison.Ordinal));
    }

    private static string Compact(string label) => string.Concat(label.Where(c => !char.IsWhiteSpace(c)));

    private static int MeasureOrder(string? measure) => measure switch { null => 0, "budget" => 1, _ => 2 };

    private static KeyFigure ToKeyFigure(Fact f)
    {
        var name = NameOf(f.Concept!) + f.Measure switch { "budget" => "（预算）", "actual" => "（决算）", _ => "" };
        decimal? wan = Units.KindOf(f.Unit) == UnitKind.Money ? f.Value * Units.Factor(f.Unit) / 10000m : null;
        return new KeyFigure(f.Concept!, name, f.Measure, f.Value, f.Unit, wan, f.InTable ? "table" : "text", f.Location, f.Text);
    }
}
