using System.Text;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>One level of a list definition (w:lvl).</summary>
internal sealed record WordListLevel(int Start, string? Format, string? Text, int? Restart, bool Legal, string? Suffix,
    string? StyleId);

/// <summary>A list instance (w:num): the definition it uses and its per-level overrides.</summary>
internal sealed record WordListInstance(int AbstractId, IReadOnlyDictionary<int, int> StartOverrides,
    IReadOnlyDictionary<int, WordListLevel> LevelOverrides);

/// <summary>
/// The numbering part, read once per document. Definitions only: the counters live in
/// <see cref="WordListCounters"/>, one per read, because they depend on document order.
/// </summary>
internal sealed class WordNumberingDefinitions
{
    public const int Levels = 9;
    private readonly IReadOnlyDictionary<int, IReadOnlyList<WordListLevel?>> _abstracts;
    private readonly IReadOnlyDictionary<int, WordListInstance> _instances;

    private WordNumberingDefinitions(IReadOnlyDictionary<int, IReadOnlyList<WordListLevel?>> abstracts,
        IReadOnlyDictionary<int, WordListInstance> instances)
    {
        _abstracts = abstracts;
        _instances = instances;
    }

    public static WordNumberingDefinitions Empty { get; } = new(new Dictionary<int, IReadOnlyList<WordListLevel?>>(),
        new Dictionary<int, WordListInstance>());

    public WordListInstance? Instance(int numId) => _instances.GetValueOrDefault(numId);

    public WordListLevel? Level(int numId, int level)
    {
        if (Instance(numId) is not { } num || level is < 0 or >= Levels) return null;
        if (num.LevelOverrides.TryGetValue(level, out var replaced)) return replaced;
        return _abstracts.TryGetValue(num.AbstractId, out var levels) ? levels[level] : null;
    }

    /// <summary>A style linked to a list level (w:lvl/w:pStyle) puts its paragraphs at that level.</summary>
    public int? LevelForStyle(int numId, string styleId)
    {
        for (int level = 0; level < Levels; level++)
            if (Level(numId, level)?.StyleId == styleId) return level;
        return null;
    }

    public static WordNumberingDefinitions Load(NumberingDefinitionsPart? part, WordStyles styles)
    {
        var root = part?.Numbering;
        if (root == null) return Empty;

        var rawAbstracts = new Dictionary<int, W.AbstractNum>();
        foreach (var a in root.Elements<W.AbstractNum>())
            if (a.AbstractNumberId?.Value is int id) rawAbstracts.TryAdd(id, a);
        var rawNums = new Dictionary<int, W.NumberingInstance>();
        foreach (var n in root.Elements<W.NumberingInstance>())
            if (n.NumberID?.Value is int id) rawNums.TryAdd(id, n);

        var abstracts = new Dictionary<int, IReadOnlyList<WordListLevel?>>();
        foreach (var (id, a) in rawAbstracts)
            abstracts[id] = ReadLevels(a.Elements<W.Level>());

        var instances = new Dictionary<int, WordListInstance>();
        foreach (var (id, n) in rawNums)
        {
            if (n.AbstractNumId?.Val?.Value is not int abstractId) continue;
            abstractId = FollowStyleLink(abstractId, rawAbstracts, rawNums, styles);
            var starts = new Dictionary<int, int>();
            var levels = new Dictionary<int, WordListLevel>();
            foreach (var o in n.Elements<W.LevelOverride>())
            {
                if (o.LevelIndex?.Value is not int level || level is < 0 or >= Levels) continue;
                if (o.StartOverrideNumberingValue?.Val?.Value is int start) starts[level] = start;
                if (o.Level is { } lvl && ReadLevel(lvl) is { } replaced) levels[level] = replaced;
            }
            instances[id] = new WordListInstance(abstractId, starts, levels);
        }
        return new WordNumberingDefinitions(abstracts, instances);
    }

    /// <summary>A definition that only says "numStyleLink" takes its levels from the list the named numbering
    /// style points at; counters follow that list too, so the id is replaced rather than the levels copied.</summary>
    private static int FollowStyleLink(int abstractId, Dictionary<int, W.AbstractNum> abstracts,
        Dictionary<int, W.NumberingInstance> nums, WordStyles styles)
    {
        for (int hops = 0; hops < 4; hops++)
        {
            if (!abstracts.TryGetValue(abstractId, out var a)) break;
            var link = a.GetFirstChild<W.NumberingStyleLink>()?.Val?.Value;
            if (link == null || styles.Get(link)?.NumId is not int linkedNum) break;
            if (!nums.TryGetValue(linkedNum, out var n) || n.AbstractNumId?.Val?.Value is not int next || next == abstractId) break;
            abstractId = next;
        }
        return abstractId;
    }

    private static WordListLevel?[] ReadLevels(IEnumerable<W.Level> levels)
    {
        var result = new WordListLevel?[Levels];
        foreach (var lvl in levels)
            if (lvl.LevelIndex?.Value is int i && i is >= 0 and < Levels) result[i] = ReadLevel(lvl);
        return result;
    }

    private static WordListLevel? ReadLevel(W.Level lvl)
    {
        // The raw attribute text, so a format this SDK version does not know still reaches the formatter.
        var format = lvl.NumberingFormat?.Val?.InnerText;
        return new WordListLevel(
            lvl.StartNumberingValue?.Val?.Value ?? 0,
            format,
            lvl.LevelText?.Val?.Value,
            lvl.LevelRestart?.Val?.Value,
            lvl.IsLegalNumberingStyle is { } legal && (legal.Val?.Value ?? true),
            lvl.LevelSuffix?.Val?.InnerText,
            lvl.ParagraphStyleIdInLevel?.Val?.Value);
    }
}

/// <summary>
/// The list counters of one read, in document order. Counters belong to the list definition, not the instance:
/// two w:num pointing at one abstractNum continue each other, as Word shows them; an instance's startOverride
/// takes effect the first time that instance is used at that level.
/// </summary>
internal sealed class WordListCounters
{
    private readonly WordNumberingDefinitions _definitions;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _overridesApplied = [];

    public WordListCounters(WordNumberingDefinitions definitions) => _definitions = definitions;

    /// <summary>Advances the list and returns the label as printed ("一、", "（二）", "1.1"), or null when the level
    /// prints no number (bullets, "none", an undefined list).</summary>
    public string? Next(int numId, int level)
    {
        if (_definitions.Instance(numId) is not { } num || level is < 0 or >= WordNumberingDefinitions.Levels) return null;
        var def = _definitions.Level(numId, level);
        if (def == null) return null;

        if (!_counters.TryGetValue(num.AbstractId, out var values))
            _counters[num.AbstractId] = values = new int?[WordNumberingDefinitions.Levels];

        if (num.StartOverrides.TryGetValue(level, out var overrideStart) && _overridesApplied.Add((numId, level)))
            values[level] = overrideStart - 1;
        values[level] = (values[level] ?? def.Start - 1) + 1;

        for (int deeper = level + 1; deeper < values.Length; deeper++)
        {
            var restart = _definitions.Level(numId, deeper)?.Restart;
            // lvlRestart n: restart when a level numbered 1..n (0-based below n) is used; 0: never restart.
            if (restart == null || (restart != 0 && level < restart)) values[deeper] = null;
        }

        if (def.Format is "bullet" or "none" || def.Text == null) return null;
        return Render(numId, def, values);
    }

    private string Render(int numId, WordListLevel current, int?[] values)
    {
        var text = current.Text!;
        var sb = new StringBuilder(text.Length + 4);
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '%' && i + 1 < text.Length && text[i + 1] is >= '1' and <= '9')
            {
                int level = text[i + 1] - '1';
                var def = _definitions.Level(numId, level);
                int value = values[level] ?? def?.Start ?? 1;
                var format = current.Legal ? "decimal" : def?.Format;
                sb.Append(WordNumberFormats.Format(value, format) ?? "");
                i++;
                continue;
            }
            sb.Append(text[i]);
        }
        return sb.ToString();
    }

    /// <summary>What separates the label from the text on the page. A tab after "一、", "（一）" or "①" is only a
    /// gap, so nothing is put there; after "1." or "1.1" a space keeps the number apart from the text.</summary>
    public static string Separator(string label, WordListLevel? level)
    {
        if (level?.Suffix == "nothing" || label.Length == 0) return "";
        if (level?.Suffix == "space") return " ";
        return label[^1] < '\u0080' ? " " : "";
    }
}
