using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Facts;

/// <summary>
/// The concepts of models/concepts.json, indexed for longest-match lookup of their wordings in text. Loaded once
/// and shared read-only.
/// </summary>
internal sealed partial class ConceptDictionary
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(File))]
    private sealed partial class ConceptDictionaryJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private sealed record File(IReadOnlyList<Concept> Concepts, IReadOnlyDictionary<string, IReadOnlyList<string>> Measures,
        IReadOnlyDictionary<string, string> ShareTotals);

    /// <summary>A wording found in text.</summary>
    public sealed record Mention(Concept Concept, string Wording, int Start)
    {
        public int End => Start + Wording.Length;
    }

    private readonly Dictionary<string, Concept> _byId;
    private readonly Dictionary<string, Concept> _exact;
    private readonly Dictionary<char, (string Wording, Concept Concept)[]> _byFirstChar;

    public IReadOnlyList<Concept> Concepts { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> MeasureWords { get; }
    public IReadOnlyDictionary<string, string> ShareTotals { get; }

    public ConceptDictionary(IReadOnlyList<Concept> concepts, IReadOnlyDictionary<string, IReadOnlyList<string>> measures,
        IReadOnlyDictionary<string, string> shareTotals)
    {
        Concepts = concepts;
        MeasureWords = measures;
        ShareTotals = shareTotals;
        _byId = concepts.ToDictionary(c => c.Id);
        _exact = new Dictionary<string, Concept>(StringComparer.Ordinal);
        foreach (var c in concepts)
            foreach (var wording in c.Synonyms)
                _exact.TryAdd(wording, c);
        _byFirstChar = concepts
            .SelectMany(c => c.Synonyms.Select(s => (Wording: s, Concept: c)))
            .GroupBy(x => x.Wording[0])
            .ToDictionary(g => g.Key, g => g.OrderByDescending(x => x.Wording.Length).ThenBy(x => x.Concept.Id, StringComparer.Ordinal).ToArray());
    }

    /// <summary>models/concepts.json, loaded once for the process and shared read-only (the facts stage and the key
    /// figures' names both read it).</summary>
    public static ConceptDictionary Default => Shared.Value;

    private static readonly Lazy<ConceptDictionary> Shared = new(Load);

    public static ConceptDictionary Load()
    {
        var file = ModelDirectory.LoadJson(o => new ConceptDictionaryJson(o).File, "concepts.json");
        return new ConceptDictionary(file.Concepts, file.Measures, file.ShareTotals);
    }

    public Concept? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>All wordings in the text, not overlapping: leftmost-longest, except that a longer wording starting
    /// inside a match and reaching past it wins ("2023年度收入预算数" is 收入预算数, not 年度收入).</summary>
    public List<Mention> FindMentions(string text)
    {
        var mentions = new List<Mention>();
        for (int i = 0; i < text.Length; i++)
        {
            var here = LongestAt(text, i);
            if (here == null) continue;
            int end = i + here.Value.Wording.Length;
            bool overtaken = false;
            for (int j = i + 1; j < end && !overtaken; j++)
                if (LongestAt(text, j) is { } later && j + later.Wording.Length > end && later.Wording.Length > here.Value.Wording.Length)
                    overtaken = true;
            if (overtaken) continue;
            mentions.Add(new Mention(here.Value.Concept, here.Value.Wording, i));
            i = end - 1;
        }
        return mentions;
    }

    private (string Wording, Concept Concept)? LongestAt(string text, int i)
    {
        if (!_byFirstChar.TryGetValue(text[i], out var candidates)) return null;
        foreach (var candidate in candidates)
            if (string.CompareOrdinal(text, i, candidate.Wording, 0, candidate.Wording.Length) == 0)
                return candidate;
        return null;
    }

    /// <summary>The concept a whole label names (a table header such as "调整预算数（万元）"), longest wording first.</summary>
    public Concept? Match(string label) => Longest(FindMentions(label));

    /// <summary>The concept of the longest mention, the first of those equally long (what a stable sort puts first).</summary>
    private static Concept? Longest(List<Mention> mentions)
    {
        Mention? longest = null;
        foreach (var m in mentions)
            if (longest == null || m.Wording.Length > longest.Wording.Length) longest = m;
        return longest?.Concept;
    }

    /// <summary>The concept a column header names, or none when the header names three concepts or more: the header
    /// cells of several columns run together ("本年支出合计基本支出项目支出…") name no one column.</summary>
    public Concept? MatchHeader(string header)
    {
        var mentions = FindMentions(header);
        return mentions.Select(m => m.Concept.Id).Distinct().Count() >= 3 ? null : Longest(mentions);
    }

    /// <summary>The concept a label names as a whole: a row label such as "基本支出" or "其中：预算执行率" — not
    /// "政府采购执行率", which only contains a wording.</summary>
    public Concept? MatchExactly(string label)
    {
        var core = label.Trim();
        if (core.StartsWith("其中", StringComparison.Ordinal)) core = core[2..];
        return _exact.GetValueOrDefault(core.Trim('：', ':', ' '));
    }

    /// <summary>The measure words (budget/actual/share) in a stretch of text, the last one winning.</summary>
    public string? MeasureIn(string text)
    {
        string? found = null;
        int foundAt = -1;
        foreach (var (measure, words) in MeasureWords)
            foreach (var word in words)
            {
                int at = text.LastIndexOf(word, StringComparison.Ordinal);
                if (at > foundAt) { found = measure; foundAt = at; }
            }
        return found;
    }
}
