using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial — slips a reviewer flags in the text itself (domain.md, "Statements"): template placeholders and
/// either-or words left in (XX局, 增加（减少）), a template's filling notes, doubled punctuation (。。), sentences cut
/// off before their content (主要原因是。), an amount missing before 万元, and 部门 wording in a 单位's document. The
/// patterns, severities and messages are data (models/checks/editorial.json).
/// </summary>
/// <remarks>Traps: a template's own placeholders are its purpose (kind template is not checked for them); an
/// ellipsis (……) is not doubled punctuation; 十万元 and 单位：万元 are not missing figures; the official table name
/// 部门预算经济分类 in a unit's document is no wording slip.</remarks>
internal sealed partial class EditorialCheck : ICheck
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(RulesFile))]
    private sealed partial class EditorialCheckJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public sealed record Rule(string Id, string Severity, string Pattern, string Message, string English,
        IReadOnlyList<string>? Kinds = null, IReadOnlyList<string>? SkipKinds = null)
    {
        public DataPattern Search { get; } = new(Pattern);

        public bool AppliesTo(string kind) =>
            (Kinds == null || Kinds.Contains(kind)) && (SkipKinds == null || !SkipKinds.Contains(kind));
    }

    private sealed record RulesFile(IReadOnlyList<Rule> Rules);

    private readonly IReadOnlyList<Rule> _rules;

    internal IReadOnlyList<Rule> Rules => _rules;

    public EditorialCheck(IReadOnlyList<Rule> rules) => _rules = rules;

    public static EditorialCheck Load() => new(ModelDirectory.LoadJson(o => new EditorialCheckJson(o).RulesFile, "checks", "editorial.json").Rules);

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        var rules = _rules.Where(r => r.AppliesTo(structure.Metadata.DocumentKind)).ToList();
        if (rules.Count == 0) yield break;
        foreach (var p in structure.Document.Paragraphs)
        {
            if (structure.TableOfContents.Contains(p.Index)) continue;
            HashSet<string>? seen = null;
            foreach (var rule in rules)
                foreach (Match m in rule.Search.Matches(p.Text))
                {
                    // One finding per pattern and sentence: a sentence with three XX placeholders is one slip to mend.
                    var (start, end) = Facts.Sentences.Around(p.Text, m.Index);
                    if (!(seen ??= new HashSet<string>(StringComparer.Ordinal)).Add(rule.Pattern + "@" + start)) continue;
                    var sentence = (p.Original.Length == p.Text.Length ? p.Original : p.Text)[start..end].Trim();
                    var location = structure.LocationOf(p) with { Page = p.PageAt(m.Index) };
                    yield return new Finding(rule.Id, rule.Severity == "error" ? Severity.Error : rule.Severity == "info" ? Severity.Info : Severity.Warning,
                        $"{rule.Message}：「{m.Value}」。/ {rule.English}: \"{m.Value}\".", sentence, null, m.Value, location);
                }
        }
    }
}
