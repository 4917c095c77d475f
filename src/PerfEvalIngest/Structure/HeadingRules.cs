using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Structure;

/// <summary>The thresholds and phrases of models/structure/headings.json.</summary>
internal sealed partial record HeadingRules(
    int MaxStandaloneTitle,
    int MaxStandaloneTitleEndingInStop,
    int MaxRunInTitle,
    int MaxUnnumberedSubheading,
    int MaxAttachmentLine,
    IReadOnlyList<string> FieldLabels,
    IReadOnlyList<string> AttachmentPrefixes,
    IReadOnlyList<string> TableOfContentsTitles,
    int MaxTableOfContentsEntry,
    IReadOnlyList<string> UnitLabels,
    IReadOnlyList<string> GlossaryTitles)
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(HeadingRules))]
    private sealed partial class HeadingRulesJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public static HeadingRules Load() => ModelDirectory.LoadJson(o => new HeadingRulesJson(o).HeadingRules, "structure", "headings.json");
}
