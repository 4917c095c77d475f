using System.Text.Json.Serialization;

namespace PerfEvalIngest.Corpus.Truth;

/// <summary>The ground truth of one report, as written to corpus/truth/&lt;id&gt;.json.</summary>
/// <param name="SameAs">Set on re-encoded copies: the id of the report whose text they repeat in another encoding.</param>
sealed record ReportTruth(
    string Id,
    string? SameAs,
    string Family,
    string Kind,
    string Unit,
    int Year,
    IReadOnlyList<OutlineEntry> Outline,
    IReadOnlyList<FactEntry> Facts,
    IReadOnlyList<TableEntry> Tables,
    IReadOnlyList<FaultEntry> Faults,
    IReadOnlyList<TrapEntry> Traps);

/// <summary>A heading: level by numbering style, label as printed without spaces, title without the label.</summary>
sealed record OutlineEntry(int Level, string Label, string Title)
{
    /// <summary>
    /// Set where the .docx version shows another label: a heading whose automatic numbering the text dump lost
    /// ("3、 ") is automatically numbered in Word, so there it reads "三、".
    /// </summary>
    public string? DocxLabel { get; init; }
}

/// <summary>
/// A figure of a known concept. Value is the number exactly as printed; Quote is an exact substring of the
/// report; Row and Column (header texts) are present for table cells only.
/// </summary>
sealed record FactEntry(string Concept, string Value, string Unit, string Section, string Quote)
{
    public string? Row { get; init; }
    public string? Column { get; init; }

    /// <summary>The paragraph or table row the fact was printed in; identities hold within one scope.</summary>
    [JsonIgnore] public int Scope { get; init; }

    /// <summary>Which instance of the concept this is (a budget row such as "基本支出"; empty for unit-wide figures).</summary>
    [JsonIgnore] public string Aspect { get; init; } = "";
}

sealed record TableEntry(string Caption, int Rows, int Cols);

sealed record FaultEntry(string Type, string Rule, string Quote, string Section, string Expected, string Actual, string Description);

/// <summary>A place that looks suspicious but is correct: a checker must not report it.</summary>
sealed record TrapEntry(string Type, string Quote);
