namespace PerfEvalIngest.DocumentModel;

/// <summary>
/// Where something came from, in the reviewer's terms: the section path ("一、/（二）"), the paragraph number
/// (1-based, counting paragraphs only), the page where the format has pages, and the table cell for table content.
/// </summary>
public sealed record Location(
    string? Section = null,
    int? Paragraph = null,
    int? Page = null,
    string? Table = null,
    int? Row = null,
    int? Col = null)
{
    public static Location None { get; } = new();

    public Location WithSection(string? section) => section == Section ? this : this with { Section = section };

    /// <summary>A short human form: "一、/（二） 第12段" or "T1 第3行第2列".</summary>
    public string Describe()
    {
        var parts = new List<string>(4);
        if (!string.IsNullOrEmpty(Section)) parts.Add(Section);
        if (Table != null)
            parts.Add(Row is int r && Col is int c ? $"表{Table} 第{r + 1}行第{c + 1}列" : $"表{Table}");
        else if (Paragraph is int p) parts.Add($"第{p}段");
        if (Page is int pg) parts.Add($"第{pg}页");
        return parts.Count == 0 ? "（全文）" : string.Join(" ", parts);
    }
}
