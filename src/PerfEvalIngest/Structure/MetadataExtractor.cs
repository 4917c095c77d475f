using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Reads the title block (the paragraphs before the first heading or the 目录) and labelled fields
/// ("预算主管部门：…", "部 门:…") for the report's title, unit, year and kind. Field lines, dates and a bare year are
/// not part of the title; the unit is a field's value without its label, or else an organisation's name standing
/// alone in the title block.
/// </summary>
internal static partial class MetadataExtractor
{
    /// <summary>A labelled line: a short label (spaces inside allowed, "部 门"), a colon, a value.</summary>
    [GeneratedRegex(@"^\s*([\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,9})\s*[：:]\s*(.*)$")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年|((?:19|20)\d{2})度")]
    private static partial Regex YearWithNian();

    [GeneratedRegex(@"^\s*[（(]?((?:19|20)\d{2})[）)]?\s*$")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"((?:19|20)\d{2})年?\s*(?:vs\.?|VS|对比)\s*((?:19|20)\d{2})")]
    private static partial Regex TwoYears();

    [GeneratedRegex(@"^([\u4e00-\u9fff]{1,10}(?:省|市|区|县|旗|镇|乡|街道))\s+\S")]
    private static partial Regex LeadingPlace();

    [GeneratedRegex(@"^\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$")]
    private static partial Regex Date();

    [GeneratedRegex(@"^[（(]?(?:19|20)\d{2}\s*年度?[）)]?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?:中心|局|委员会|委|院|馆|站|所|办公室|办|厅|部|会|队|处|室|学校|中学|小学|医院|公司|集团|政府|街道|镇|乡|大学|学院|园|台|社|署|团|办事处)$")]
    private static partial Regex OrganisationEnding();

    /// <summary>A field's value ends at the next field on the same line ("部门：X 单位：万元") or at punctuation.</summary>
    [GeneratedRegex(@"^[^\s，。；,;：:]{2,40}")]
    private static partial Regex FieldValue();

    /// <summary>A table's own number printed above its name ("表一", "公开01表", "附表3"): not part of a title.</summary>
    [GeneratedRegex(@"^\s*(?:表\s*[一二三四五六七八九十\d]+|公开\s*\d+\s*表|公开表\s*[一二三四五六七八九十\d]+|附表\s*[一二三四五六七八九十\d]*)[：:、.．\s]*")]
    private static partial Regex TableNumber();

    /// <summary>The metadata of a document whose title block (paragraphs before the first heading or table, the
    /// 目录 left out) ends at <paramref name="bodyStart"/>.</summary>
    /// <param name="fileName">The file's name: the last resort for the title, unit and year of a document whose
    /// cover is a picture, or a workbook printed without a title.</param>
    /// <summary>A title line is short; a longer line is text.</summary>
    private const int MaxTitleLine = 60;

    public static ReportMetadata Extract(IReadOnlyList<Block> blocks, int bodyStart, IReadOnlyList<string> attachments,
        HeadingRules rules, IReadOnlySet<int>? tableOfContents = null, string? fileName = null)
    {
        var titleParagraphs = blocks.Take(Math.Max(0, bodyStart)).OfType<Paragraph>()
            .Where(p => tableOfContents?.Contains(p.Index) != true).ToList();
        // A workbook begins with its first sheet: the rows above its header that hold one text each (a title across
        // the sheet, "部门名称：…") are its title block.
        if (titleParagraphs.Count == 0 && blocks.Count > 0 && blocks[0] is Table first)
            titleParagraphs = TitleRows(first).ToList();
        var titleBlock = titleParagraphs.Select(p => p.Text).ToList();
        var bodyText = blocks.OfType<Paragraph>().Take(80).Select(p => p.Text);

        var stem = fileName == null ? null : Path.GetFileNameWithoutExtension(fileName);
        var title = Title(titleParagraphs);

        // The year the title names; else the title block's, the file name's, or the first table's header's
        // ("2019年预算数") for a workbook printed without a title.
        // A comparison of two years (「年份: 2023 vs 2024」, 比对报告_2023vs2024) is about the later one.
        int? year = titleBlock.Append(stem ?? "").Select(l => TwoYears().Match(l)).Where(m => m.Success)
            .Select(m => (int?)int.Parse(m.Groups[2].Value)).FirstOrDefault();
        var firstTable = blocks.OfType<Table>().FirstOrDefault();
        var tableHeader = firstTable == null ? [] : firstTable.Cells.Where(c => c.Row <= 2).Select(c => c.Text);
        // A sentence before the first heading (「2025年当年预算执行数为…，2026年预算安排…」 in a text without a title) is
        // body text, not a title line: the years it names are what it compares, not the document's own.
        foreach (var line in new[] { title ?? "" }.Concat(titleBlock.Where(l => !l.Contains('。'))).Append(stem ?? "").Concat(tableHeader))
        {
            if (year != null) break;
            var m = BareYear().Match(line);
            if (!m.Success) m = YearWithNian().Match(line);
            if (m.Success) { year = int.Parse(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value); break; }
        }

        // The cover's own field first, then the name the title gives, then a field further on (a table's 部门名称：,
        // which a PDF may print cut short).
        string? unit = titleBlock.Select(t => UnitField(t, rules)).FirstOrDefault(u => u != null);
        unit ??= title == null ? null : NameBeforeYear(title);
        unit ??= bodyText.Select(t => UnitField(t, rules)).FirstOrDefault(u => u != null);
        unit ??= stem == null ? null : NameBeforeYear(stem);
        // Last, a place standing apart at the head of the title (「宿迁市 政务公开年报比对」): the document speaks for it.
        unit ??= title == null ? null : LeadingPlace().Match(title) is { Success: true } place ? place.Groups[1].Value : null;
        unit ??= titleBlock
            .Where(l => !l.Contains("报告"))
            .Select(l => LeadingYear().Replace(l, "").Trim())
            .FirstOrDefault(l => l.Length is >= 4 and <= 40 && OrganisationEnding().IsMatch(l));

        var kindSource = title ?? "";
        string kind = kindSource.Contains("项目") && !kindSource.Contains("整体") ? "project"
            : kindSource.Contains("整体") || kindSource.Contains("部门") ? "department-overall"
            : "unknown";

        return new ReportMetadata(title, unit, year, kind, attachments);
    }

    /// <summary>The title: the title block's first lines, up to three, that are not a bare year or a table's
    /// number, ending at the first field or date (a cover's "部门：…" or "江苏省财政厅印制" comes after its title) or
    /// at the first sentence (a document without a title begins with its text).</summary>
    private static string? Title(IReadOnlyList<Paragraph> paragraphs)
    {
        var lines = paragraphs
            .Select(p => TableNumber().Replace(p.Text, "").Trim())
            .Where(l => l.Length > 0 && !BareYear().IsMatch(l))
            .TakeWhile(l => !Date().IsMatch(l) && !FieldLine().IsMatch(l) && l.Length <= MaxTitleLine && !l.Contains('。'))
            .Take(3)
            .ToList();
        return lines.Count > 0 ? string.Concat(lines) : null;
    }

    /// <summary>A table's leading rows that hold one text each, as paragraphs; empty rows are passed over.</summary>
    private static IEnumerable<Paragraph> TitleRows(Table table)
    {
        for (int r = 0; r < table.RowCount; r++)
        {
            var texts = Enumerable.Range(0, table.ColumnCount).Select(c => table.CellAt(r, c))
                .Where(c => c != null && c.Text.Length > 0).Distinct().ToList();
            if (texts.Count == 0) continue;
            if (texts.Count > 1) yield break;
            yield return new Paragraph(table.Index, texts[0]!.Text, texts[0]!.Text, StyleHints.None, table.Location);
        }
    }

    /// <summary>An organisation's name in a title, before the year ("江苏省委办公厅2017年度部门预算") or after a leading
    /// one ("2017年度江苏省高级人民法院部门预算公开"): the name ends where the year or the document's kind begins.</summary>
    private static string? NameBeforeYear(string title)
    {
        var rest = LeadingYear().Replace(title, "").Trim();
        var m = NameThenKind().Match(rest);
        return m.Success ? m.Groups[1].Value : null;
    }

    [GeneratedRegex(@"^([\u4e00-\u9fff（）()]{2,38}?(?:中心|局|委员会|委|院|馆|站|所|办公室|办|厅|部|会|队|处|室|学校|中学|小学|医院|公司|集团|政府|街道|镇|乡|大学|学院|园|台|社|署|团|办事处))\s*(?=(?:19|20)\d{2}|部门|单位|本级|预算|决算|整体|项目|绩效)")]
    private static partial Regex NameThenKind();

    /// <summary>The value of a unit field ("预算主管部门：上海市普陀区财政局"), or null when the line is none.</summary>
    private static string? UnitField(string line, HeadingRules rules)
    {
        // "一、预算部门名称：苏州市生产力促进中心": a field may stand under a heading's number.
        if (NumberingLabel.Parse(line) is { } numbering) line = numbering.Rest(line);
        var m = FieldLine().Match(line);
        if (!m.Success) return null;
        var label = m.Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);
        if (!rules.UnitLabels.Contains(label)) return null;
        var value = FieldValue().Match(m.Groups[2].Value.Trim()).Value;
        // "部门：江苏省政协办公厅单位：万元" — the value ends where the next field begins.
        foreach (var other in rules.UnitLabels)
        {
            int at = m.Groups[2].Value.IndexOf(other + "：", StringComparison.Ordinal);
            if (at < 0) at = m.Groups[2].Value.IndexOf(other + ":", StringComparison.Ordinal);
            if (at > 0 && at < value.Length) value = value[..at];
        }
        // "单位：万元" names the money unit, not the organisation.
        return value.Length >= 2 && !value.EndsWith('元') ? value : null;
    }
}
