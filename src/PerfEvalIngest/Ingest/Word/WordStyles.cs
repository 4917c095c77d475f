using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>A style with its BasedOn chain already applied: what a paragraph or run in it looks like.</summary>
internal sealed record WordStyle(
    string Id,
    string? Name,
    int? HeadingLevel,
    bool Bold,
    decimal? FontSize,
    bool Centered,
    int? NumId,
    int? NumLevel,
    bool IsToc);

/// <summary>
/// The styles part, resolved once per document. Producers differ in what they write: Word puts outline levels on
/// its built-in heading styles, others only name them "heading 1", and custom report styles inherit their level
/// from a heading they are based on — so every property is looked up along the BasedOn chain.
/// </summary>
internal sealed class WordStyles
{
    private const int MaxChain = 32;
    private readonly IReadOnlyDictionary<string, WordStyle> _styles;

    public string? DefaultParagraphStyleId { get; }
    public decimal? DefaultFontSize { get; }

    private WordStyles(IReadOnlyDictionary<string, WordStyle> styles, string? defaultParagraphStyleId, decimal? defaultFontSize)
    {
        _styles = styles;
        DefaultParagraphStyleId = defaultParagraphStyleId;
        DefaultFontSize = defaultFontSize;
    }

    public static WordStyles Empty { get; } = new(new Dictionary<string, WordStyle>(), null, null);

    public WordStyle? Get(string? id) => id != null && _styles.TryGetValue(id, out var style) ? style : null;

    public static WordStyles Load(StyleDefinitionsPart? part)
    {
        var root = part?.Styles;
        if (root == null) return Empty;
        var raw = new Dictionary<string, W.Style>(StringComparer.Ordinal);
        foreach (var style in root.Elements<W.Style>())
            if (style.StyleId?.Value is string id) raw.TryAdd(id, style);

        var defaultParagraph = root.Elements<W.Style>()
            .FirstOrDefault(s => s.Type?.Value == W.StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        var defaultSize = HalfPoints(root.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.FontSize?.Val?.Value);

        var resolved = raw.Keys.ToDictionary(id => id, id => Resolve(id, raw), StringComparer.Ordinal);
        return new WordStyles(resolved, defaultParagraph, defaultSize);
    }

    private static WordStyle Resolve(string id, Dictionary<string, W.Style> raw)
    {
        var chain = new List<W.Style>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = id; current != null && chain.Count < MaxChain && seen.Add(current);)
        {
            if (!raw.TryGetValue(current, out var style)) break;
            chain.Add(style);
            current = style.BasedOn?.Val?.Value;
        }

        T? First<T>(Func<W.Style, T?> pick) where T : struct
        {
            foreach (var s in chain)
                if (pick(s) is T value) return value;
            return null;
        }

        var name = chain[0].StyleName?.Val?.Value;
        int? outline = First(s => s.StyleParagraphProperties?.OutlineLevel?.Val?.Value);
        int? heading = outline switch
        {
            >= 0 and <= 8 => outline + 1,
            not null => null,
            null => chain.Select(s => HeadingNumberFromName(s.StyleName?.Val?.Value)).FirstOrDefault(n => n != null),
        };
        bool bold = First(s => s.StyleRunProperties?.Bold is { } b ? (b.Val?.Value ?? true) : (bool?)null) ?? false;
        decimal? size = First(s => HalfPoints(s.StyleRunProperties?.FontSize?.Val?.Value));
        bool centered = First(s => s.StyleParagraphProperties?.Justification?.Val is { } j
            ? j.Value == W.JustificationValues.Center : (bool?)null) ?? false;
        // Numbering comes from the nearest style that says anything about it (numId 0 there switches it off).
        var numbered = chain.FirstOrDefault(s => s.StyleParagraphProperties?.NumberingProperties != null);
        var numPr = numbered?.StyleParagraphProperties?.NumberingProperties;
        bool toc = chain.Take(1).Any(s => IsTocName(s.StyleName?.Val?.Value) || IsTocName(s.StyleId?.Value));

        return new WordStyle(id, name, heading, bold, size, centered, numPr?.NumberingId?.Val?.Value,
            numPr?.NumberingLevelReference?.Val?.Value, toc);
    }

    /// <summary>"heading 1" is the name Word stores for its built-in heading whatever the UI language.</summary>
    private static int? HeadingNumberFromName(string? name)
    {
        if (name == null) return null;
        var n = name.Trim().ToLowerInvariant().Replace(" ", "");
        return n.Length == 8 && n.StartsWith("heading", StringComparison.Ordinal) && n[7] is >= '1' and <= '9'
            ? n[7] - '0' : null;
    }

    private static bool IsTocName(string? name)
    {
        if (name == null) return false;
        var n = name.Trim().ToLowerInvariant().Replace(" ", "");
        return n == "tocheading" || (n.Length == 4 && n.StartsWith("toc", StringComparison.Ordinal) && char.IsDigit(n[3]));
    }

    internal static decimal? HalfPoints(string? value) =>
        int.TryParse(value, out var half) && half > 0 ? half / 2m : null;
}
