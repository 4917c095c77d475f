using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Structure;

/// <summary>The thresholds and phrases of models/structure/headings.json.</summary>
internal sealed record HeadingRules(
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
    public static HeadingRules Load() => ModelDirectory.LoadJson<HeadingRules>("structure", "headings.json");
}
