using System.Text.RegularExpressions;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.wrong-year — "a year left over from last year's text": phrases that name the document's own year
/// (「第三部分…2023年度部门决算情况说明」 in a 2024 决算, 「截至2023年12月31日」 for its assets, a 2026 budget's project
/// running 2025年1月1日–2025年12月31日). The phrases and the relation to the document's year are data
/// (models/checks/own-year.json).
/// </summary>
/// <remarks>Traps: comparisons (比2023年度决算, 与2025年预算) name another year on purpose; a budget states its assets
/// at the end of the year before, so the asset date is judged in 决算 only; a document whose year is unknown is not
/// judged; 目录 lines are judged where the body repeats them.</remarks>
internal sealed partial class OwnYearCheck : ICheck
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(RulesFile))]
    private sealed partial class OwnYearCheckJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    private const string RuleId = "editorial.wrong-year";

    public sealed record Rule(string Pattern, IReadOnlyList<string> Kinds, string Relation, string Message, string? UnderHeading = null)
    {
        public DataPattern Search { get; } = new(Pattern);

        public bool Holds(int named, int year) => Relation == "notBefore" ? named >= year : named == year;
    }

    private sealed record RulesFile(IReadOnlyList<Rule> Rules);

    private readonly IReadOnlyList<Rule> _rules;

    internal IReadOnlyList<Rule> Rules => _rules;

    public OwnYearCheck(IReadOnlyList<Rule> rules) => _rules = rules;

    public static OwnYearCheck Load() => new(ModelDirectory.LoadJson(o => new OwnYearCheckJson(o).RulesFile, "checks", "own-year.json").Rules);

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        if (structure.Metadata.Year is not int year) yield break;
        var rules = _rules.Where(r => r.Kinds.Contains(structure.Metadata.DocumentKind)).ToList();
        foreach (var p in structure.Document.Paragraphs)
        {
            if (structure.TableOfContents.Contains(p.Index)) continue;
            string? heading = null;
            bool Under(string word) => (heading ??= structure.HeadingAtOrBefore(p.Index - 1)?.Title ?? "")
                .Contains(word, StringComparison.Ordinal);
            foreach (var rule in rules.Where(r => r.UnderHeading == null || Under(r.UnderHeading)))
                foreach (Match m in rule.Search.Matches(p.Text))
                {
                    int named = int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (rule.Holds(named, year)) continue;
                    var (start, end) = Facts.Sentences.Around(p.Text, m.Index);
                    yield return new Finding(RuleId, Severity.Warning,
                        $"{rule.Message}：{year}年度的文件写「{m.Value}」。/ A {year} document names {named} here.",
                        p.Text[start..end].Trim(), $"{year}年", m.Value, structure.LocationOf(p) with { Page = p.PageAt(m.Index) });
                }
        }
    }
}
