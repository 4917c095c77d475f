namespace PerfEvalIngest.Knowledge;

/// <summary>What a unit measures. Money converts between 元, 万元 and 亿元; counts keep their classifier.</summary>
public enum UnitKind { None, Money, Percent, People, Count, Other }

/// <summary>Unit arithmetic: the kind of a printed unit and its factor to the kind's base (元 for money, one item
/// for counts: "万台套" is 10,000 台套).</summary>
internal static partial class Units
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(Vocabulary))]
    private sealed partial class UnitsJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    /// <summary>models/units.json: the units reports print, once for the scanner, the table reader and arithmetic.</summary>
    public sealed record Vocabulary(
        IReadOnlyDictionary<string, decimal> Money,
        IReadOnlyList<string> Percent,
        IReadOnlyList<string> People,
        IReadOnlyDictionary<string, decimal> Magnitudes,
        IReadOnlyList<string> Classifiers,
        IReadOnlyList<string> HeaderUnits,
        IReadOnlyList<string> ChineseCountClassifiers)
    {
        /// <summary>Alternatives for a regex, longest first so that 人次 wins over 人.</summary>
        public static string Alternation(IEnumerable<string> words) =>
            string.Join("|", words.Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).Select(System.Text.RegularExpressions.Regex.Escape));
    }

    /// <summary>Loaded once; read-only after.</summary>
    public static Vocabulary Words { get; } = ModelDirectory.LoadJson(o => new UnitsJson(o).Vocabulary, "units.json");

    public static IReadOnlyList<string> Classifiers => Words.Classifiers;

    public static UnitKind KindOf(string unit)
    {
        if (unit.Length == 0) return UnitKind.None;
        if (Words.Money.ContainsKey(unit)) return UnitKind.Money;
        if (Words.Percent.Contains(unit)) return UnitKind.Percent;
        var bare = StripMagnitude(unit);
        if (Words.People.Contains(bare)) return UnitKind.People;
        return Words.Classifiers.Contains(bare) ? UnitKind.Count : UnitKind.Other;
    }

    /// <summary>Factor to the base unit: 万元 → 10,000 (元); 亿元 → 10⁸; 万台套 → 10,000; % → 1.</summary>
    public static decimal Factor(string unit)
    {
        if (Words.Money.TryGetValue(unit, out var money)) return money;
        if (unit.Length > 1 && Words.Magnitudes.TryGetValue(unit[..1], out var magnitude)) return magnitude;
        return 1m;
    }

    /// <summary>The unit without a leading 万/亿 magnitude ("万台套" → "台套"); money units stay whole.</summary>
    public static string StripMagnitude(string unit) =>
        unit.Length > 1 && Words.Magnitudes.ContainsKey(unit[..1]) && !Words.Money.ContainsKey(unit) ? unit[1..] : unit;

    /// <summary>Two units measure the same thing and can be compared after conversion.</summary>
    public static bool Comparable(string a, string b)
    {
        var ka = KindOf(a);
        if (ka != KindOf(b)) return false;
        return ka switch
        {
            UnitKind.Money or UnitKind.Percent => true,
            _ => StripMagnitude(a) == StripMagnitude(b),
        };
    }
}
