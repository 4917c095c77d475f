using System.Text.RegularExpressions;
using PerfEvalIngest.Model;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Reads the title block (the paragraphs before the first heading) and labelled fields ("预算部门名称：…") for the
/// report's title, unit, year and kind.
/// </summary>
public static partial class MetadataExtractor
{
    [GeneratedRegex(@"(?:预算部门名称|部门名称|单位名称|预算单位名称|项目单位|实施单位|预算单位)\s*[：:]\s*([^\s，。；,;：:]{2,40})")]
    private static partial Regex UnitField();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年")]
    private static partial Regex YearWithNian();

    [GeneratedRegex(@"^\s*[（(]?((?:19|20)\d{2})[）)]?\s*$")]
    private static partial Regex BareYear();

    [GeneratedRegex(@"^[（(]?(?:19|20)\d{2}\s*年度?[）)]?")]
    private static partial Regex LeadingYear();

    [GeneratedRegex(@"(?:中心|局|委员会|委|院|馆|站|所|办公室|办|厅|部|会|队|处|室|学校|中学|小学|医院|公司|集团|政府|街道|镇|乡|大学|学院|园|台|社|署|团)$")]
    private static partial Regex OrganisationEnding();

    public static ReportMetadata Extract(IReadOnlyList<Block> blocks, int firstHeadingBlock, IReadOnlyList<string> attachments)
    {
        var titleBlock = blocks.Take(Math.Max(0, firstHeadingBlock)).OfType<Paragraph>().Select(p => p.Text).ToList();
        var bodyText = blocks.OfType<Paragraph>().Take(80).Select(p => p.Text);

        var titleLines = titleBlock.Where(l => !BareYear().IsMatch(l)).Take(3).ToList();
        string? title = titleLines.Count > 0 ? string.Concat(titleLines) : null;

        int? year = null;
        foreach (var line in titleBlock)
        {
            var m = BareYear().Match(line);
            if (!m.Success) m = YearWithNian().Match(line);
            if (m.Success) { year = int.Parse(m.Groups[1].Value); break; }
        }

        string? unit = bodyText.Select(t => UnitField().Match(t)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
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
}
