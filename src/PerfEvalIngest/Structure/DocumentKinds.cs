using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Says what a document is — a self-evaluation (department-overall or project), a 部门/单位 预算 or 决算 disclosure,
/// a target table, a third-party evaluation, a template, or <c>other</c> — from ordered word rules in
/// models/structure/document-kinds.json, looked for first in the title, then the file name, then the headings and
/// table captions. The rule that decided is kept as evidence.
/// </summary>
internal sealed partial class DocumentKinds
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(File))]
    private sealed partial class DocumentKindsJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public const string Other = "other";

    public sealed record Rule(string Id, string Name, IReadOnlyList<IReadOnlyList<string>> All, IReadOnlyList<string>? None,
        bool Everywhere = false);

    private sealed record File(IReadOnlyList<Rule> Kinds);

    private readonly IReadOnlyList<Rule> _rules;

    public DocumentKinds(IReadOnlyList<Rule> rules) => _rules = rules;

    public static DocumentKinds Load() => new(ModelDirectory.LoadJson(o => new DocumentKindsJson(o).File, "structure", "document-kinds.json").Kinds);

    /// <summary>The kind and the evidence for it, from the most telling text to the least.</summary>
    public (string Kind, string? Evidence) Classify(string? title, string titleBlock, string fileName,
        IEnumerable<string> headingsAndCaptions)
    {
        var sources = new (string Where, string Text)[]
        {
            ("标题", title ?? ""),
            ("封面", titleBlock),
            ("文件名", fileName),
            ("章节与表名", string.Join("｜", headingsAndCaptions.Take(200))),
        };
        // A template says so anywhere on its cover ("预算主管部门：上海市普陀区XX局"), whatever its title is a template of.
        foreach (var rule in _rules.Where(r => r.Everywhere))
            foreach (var (where, text) in sources.Take(3))
                if (Applies(rule, text, out var placeholders))
                    return (rule.Id, $"{where}含“{string.Join("”“", placeholders)}”：{rule.Name}");
        foreach (var (where, text) in sources)
        {
            if (text.Length == 0) continue;
            foreach (var rule in _rules)
                if (Applies(rule, text, out var words))
                    return (rule.Id, $"{where}含“{string.Join("”“", words)}”：{rule.Name}");
        }
        return (Other, null);
    }

    private static bool Applies(Rule rule, string text, out List<string> words)
    {
        words = [];
        if (rule.None?.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)) == true) return false;
        foreach (var group in rule.All)
        {
            var word = group.FirstOrDefault(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
            if (word == null) return false;
            words.Add(word);
        }
        return true;
    }
}
