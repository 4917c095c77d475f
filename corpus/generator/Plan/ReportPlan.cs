using PerfEvalIngest.Corpus.Faults;
using PerfEvalIngest.Corpus.Profiles;

namespace PerfEvalIngest.Corpus.Plan;

/// <summary>
/// Template families. National follows 财预〔2020〕10号 (项目支出 or 部门整体支出 with the national 自评表); Henan is its
/// provincial adaptation with a 自评总结报告 outline.
/// </summary>
enum Family { Nanjing, Suzhou, Hunan, National, Henan }

enum ReportKind { DepartmentOverall, Project }

enum ReportSize { Small, Medium, Large }

/// <summary>How money amounts print: always two decimals, or trailing zeros dropped ("7.4", "330").</summary>
enum MoneyStyle { Fixed2, Trimmed }

/// <summary>Other encodings a clean report is also written in (same text, different bytes).</summary>
[Flags]
enum ExtraEncodings { None = 0, Gb18030 = 1, Utf16 = 2 }

/// <summary>A fault to plant: its type and the template site that prints the altered text.</summary>
sealed record FaultSpec(FaultType Type, string Site);

/// <summary>Artefacts of real Word dumps to reproduce in one report.</summary>
sealed record Quirks
{
    /// <summary>The title sits in a text box and dumps with two leading TABs (a false table cell).</summary>
    public bool TabbedTitle { get; init; }
    /// <summary>From this level-1 heading on, Word's automatic numbering is lost and shows as "3、 ".</summary>
    public int LostAutonumberFrom { get; init; }
    /// <summary>The last level-1 heading whose numbering is lost (1 with LostAutonumberFrom 1: only "1、 基本情况", then 二、三、).</summary>
    public int LostAutonumberTo { get; init; } = int.MaxValue;
    public bool Bookmark { get; init; }
    /// <summary>Some digits are full-width (２０２３年, ３６．５万元).</summary>
    public bool FullWidth { get; init; }
    /// <summary>The income sentence names only 财政拨款收入 after 其中 (parts below the total).</summary>
    public bool PartialIncome { get; init; }
    public MoneyStyle Money { get; init; } = MoneyStyle.Fixed2;
    /// <summary>Basic spending ran over budget (paid from non-fiscal income), so the unit reports 超支.</summary>
    public bool Overspend { get; init; }
    /// <summary>How many key tasks fell clearly short of target (lowering the score, possibly below 优).</summary>
    public int MissedTargets { get; init; }
    /// <summary>The 自评表 comes as an attachment (附件 line, the table after it, and a workbook beside the report)
    /// rather than in the body. Suzhou and Hunan reports always send the workbook.</summary>
    public bool SheetAttached { get; init; }
    /// <summary>Some body sections are pasted from a form and dump as one line of paragraphs separated by four spaces.</summary>
    public bool RunOn { get; init; }
}

/// <summary>
/// How the Word version is laid out: headings numbered by Word's automatic numbering or typed by hand, and with
/// or without the built-in heading styles. Real reports come in all four forms.
/// </summary>
sealed record WordForm(bool AutoNumbering, bool HeadingStyles)
{
    public static WordForm Typed { get; } = new(false, false);
}

sealed record ReportPlan(
    string Id,
    Family Family,
    ReportKind Kind,
    int Year,
    ReportSize Size,
    int Seed,
    UnitProfile Unit,
    IReadOnlyList<FaultSpec> Faults,
    Quirks Quirks,
    ExtraEncodings Copies = ExtraEncodings.None,
    WordForm? Word = null)
{
    /// <summary>Whether the 自评表 is also sent as a workbook (docx/&lt;id&gt;.自评表.xlsx).</summary>
    public bool SheetWorkbook => Family is Family.Suzhou or Family.Hunan || Quirks.SheetAttached;

    /// <summary>Reports whose dump lost Word's numbering were numbered automatically in Word, whatever else.</summary>
    public WordForm WordLayout => Quirks.LostAutonumberFrom > 0 ? (Word ?? WordForm.Typed) with { AutoNumbering = true } : Word ?? WordForm.Typed;
}
