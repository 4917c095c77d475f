namespace PerfEvalIngest.Rubrics;

/// <summary>
/// A scoring rubric for one template family, as data (models/rubrics/*.json): groups of items, each item found by
/// keywords in headings, table captions and attachment names. A group either scores itself (completeness: its
/// maximum less a deduction per missing item) or needs a human (the quality of problems and suggestions), in
/// which case the tool only points at the evidence. A rubric judges documents of the kinds in
/// <see cref="DocumentKinds"/> (self-evaluations by default); a budget or accounts disclosure is not judged by a
/// self-evaluation's rubric.
/// </summary>
public sealed record Rubric(
    string Id,
    string Title,
    IReadOnlyList<string> Signature,
    IReadOnlyList<RubricGroup> Groups,
    string Kind = "department-overall",
    IReadOnlyList<string>? DocumentKinds = null)
{
    /// <summary>The document kinds this rubric judges.</summary>
    public IReadOnlyList<string> AppliesTo => DocumentKinds ?? ["self-evaluation-department", "self-evaluation-project"];
}

/// <summary>A group of items. <see cref="AllOrNothing"/>: when none of its required items is there, the group is taken as
/// published apart from this file (a disclosure's tables in a workbook of their own) — one note, not a missing item
/// each.</summary>
public sealed record RubricGroup(
    string Id,
    string Title,
    decimal Max,
    decimal DeductPerMissing,
    bool NeedsHuman,
    IReadOnlyList<RubricItem> Items,
    bool AllOrNothing = false);

/// <summary>An item of a group. <see cref="Kind"/>: "section" (a heading says it), "attachment" (an attachment
/// line or a table says it; a name without a table is partial), "table" (a table's caption or header says it),
/// "title" (a heading, a table's caption or header, or a short title line of the body says it), "table-title" (a
/// table's caption or header, or a title line ending on 表, says it). A
/// <see cref="Match"/> phrase is words that must all appear, joined by +, less words that must not, after -. A section
/// is found in a heading of its own, or under a section <see cref="Within"/> names; a sub-heading that says its words
/// inside a section another item names is part of that one.</summary>
public sealed record RubricItem(
    string Id,
    string Title,
    string Kind,
    IReadOnlyList<string> Match,
    bool Optional = false,
    IReadOnlyList<string>? Within = null);
