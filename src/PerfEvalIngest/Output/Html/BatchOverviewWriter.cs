using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The batch's index.html: one row per report (unit, year, kind, status, score, counts, execution rate, a link to its
/// checklist), failed reports marked, a totals line, and two charts. Sortable by a column header with a small inline
/// script; without it the rows stay in the order given. A pure function of its rows: no clock, no machine, so the
/// same batch gives the same bytes.
/// </summary>
internal static class BatchOverviewWriter
{
    public static string Write(IReadOnlyList<OverviewRow> rows, string title)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Write(text, rows, title);
        return text.ToString();
    }

    /// <summary>Writes the page to <paramref name="output"/> as it goes: a batch of 10,000 reports would otherwise hold
    /// its whole page in memory, twice, at the end of the batch.</summary>
    public static void Write(TextWriter output, IReadOnlyList<OverviewRow> rows, string title)
    {
        var html = new StringBuilder(64 * 1024);
        HtmlPage.Open(html, title, OverviewStyle.Css);
        html.Append("<main>\n<h1>").Append(E(title)).Append("</h1>\n");
        WriteSummary(html, rows);
        WriteTable(html, rows, () => Drain(html, output));
        html.Append("<div class=\"charts\">\n");
        OverviewCharts.WriteRuleChart(html, rows);
        OverviewCharts.WriteRateChart(html, rows);
        html.Append("</div>\n</main>\n<script>\n").Append(OverviewScript.Sort).Append("</script>\n");
        HtmlPage.Close(html);
        Drain(html, output);
    }

    private static void Drain(StringBuilder html, TextWriter output)
    {
        foreach (var chunk in html.GetChunks()) output.Write(chunk.Span);
        html.Clear();
    }

    private static void WriteSummary(StringBuilder html, IReadOnlyList<OverviewRow> rows)
    {
        var failed = rows.Count(r => r.Failed);
        html.Append("<p class=\"summary\">共 ").Append(rows.Count).Append(" 份报告：已检查 ").Append(rows.Count - failed)
            .Append(" 份，未能读取 ").Append(failed).Append(" 份；错误 ").Append(rows.Sum(r => r.Errors))
            .Append(" 处，警告 ").Append(rows.Sum(r => r.Warnings)).Append(" 处，提示 ").Append(rows.Sum(r => r.Infos))
            .Append(" 处。<span class=\"hint\">点击列标题排序。</span></p>\n");
    }

    private static void WriteTable(StringBuilder html, IReadOnlyList<OverviewRow> rows, Action drain)
    {
        html.Append("<table id=\"reports\">\n<thead><tr>")
            .Append("<th scope=\"col\" data-type=\"text\">单位</th>")
            .Append("<th scope=\"col\" data-type=\"num\">年度</th>")
            .Append("<th scope=\"col\" data-type=\"text\">类型</th>")
            .Append("<th scope=\"col\" data-type=\"text\">状态</th>")
            .Append("<th scope=\"col\" data-type=\"num\">得分</th>")
            .Append("<th scope=\"col\" data-type=\"num\">错误</th>")
            .Append("<th scope=\"col\" data-type=\"num\">警告</th>")
            .Append("<th scope=\"col\" data-type=\"num\">执行率</th>")
            .Append("<th scope=\"col\" data-type=\"text\">审核清单</th>")
            .Append("</tr></thead>\n<tbody>\n");
        for (var i = 0; i < rows.Count; i++)
        {
            WriteRow(html, rows[i], i);
            if (i % 256 == 255) drain();
        }
        html.Append("</tbody>\n");
        WriteTotals(html, rows);
        html.Append("</table>\n");
    }

    private static void WriteRow(StringBuilder html, OverviewRow r, int index)
    {
        html.Append("<tr data-i=\"").Append(index).Append('"').Append(r.Failed ? " class=\"failed\"" : "").Append('>');

        html.Append("<td data-v=\"").Append(E(r.Unit ?? "")).Append("\">").Append(E(r.Unit ?? "（未识别）")).Append("</td>");
        html.Append("<td class=\"num\" data-v=\"").Append(r.Year?.ToString(CultureInfo.InvariantCulture) ?? "").Append("\">")
            .Append(r.Year?.ToString(CultureInfo.InvariantCulture) ?? "—").Append("</td>");
        html.Append("<td title=\"").Append(E(r.DocumentKindName)).Append("\">").Append(E(r.KindName)).Append("</td>");

        if (r.Failed)
            html.Append("<td class=\"status\" data-v=\"failed\"><span class=\"badge sev-error\"><span aria-hidden=\"true\">✖</span> 未能读取</span>")
                .Append("<div class=\"code\">").Append(E(r.ErrorCodeName)).Append(" <code>").Append(E(r.ErrorCode)).Append("</code></div></td>");
        else
            html.Append("<td class=\"status\" data-v=\"ok\"><span class=\"ok\"><span aria-hidden=\"true\">✓</span> 已检查</span></td>");

        if (r.Score is decimal score && r.JudgedMax is decimal judged)
            html.Append("<td class=\"num\" data-v=\"").Append(N(score)).Append("\">").Append(N(score)).Append(" / ").Append(N(judged))
                .Append("<div class=\"human\">另 ").Append(N(r.NeedsHumanMax ?? 0)).Append(" 分人工，满分 ").Append(N(r.FullPoints ?? judged)).Append("</div></td>");
        else
            html.Append("<td class=\"num\" data-v=\"\">—</td>");

        Count(html, "err", r.Errors, r.Failed);
        Count(html, "warn", r.Warnings, r.Failed);

        if (r.ExecutionRate is decimal rate)
            html.Append("<td class=\"num\" data-v=\"").Append(N(rate)).Append("\">").Append(N(rate)).Append(E(r.ExecutionRateUnit)).Append("</td>");
        else
            html.Append("<td class=\"num\" data-v=\"\">—</td>");

        html.Append("<td data-v=\"").Append(E(r.Name)).Append("\"><a href=\"").Append(E(r.ChecklistHref)).Append("\">")
            .Append(E(r.Name)).Append("</a></td>");
        html.Append("</tr>\n");
    }

    /// <summary>A count; a failed report's counts are unknown, not zero, so they show as —.</summary>
    private static void Count(StringBuilder html, string cls, int count, bool failed)
    {
        if (failed)
        {
            html.Append("<td class=\"num ").Append(cls).Append("\" data-v=\"\">—</td>");
            return;
        }
        var n = count.ToString(CultureInfo.InvariantCulture);
        html.Append("<td class=\"num ").Append(cls).Append(count > 0 ? " some" : "").Append("\" data-v=\"").Append(n).Append("\">").Append(n).Append("</td>");
    }

    private static void WriteTotals(StringBuilder html, IReadOnlyList<OverviewRow> rows)
    {
        var failed = rows.Count(r => r.Failed);
        var rated = rows.Count(r => r.ExecutionRate != null);
        html.Append("<tfoot><tr class=\"totals\"><td colspan=\"3\">合计 ").Append(rows.Count).Append(" 份</td>")
            .Append("<td>已检查 ").Append(rows.Count - failed).Append("，未能读取 ").Append(failed).Append("</td>")
            .Append("<td class=\"num\">—</td>")
            .Append("<td class=\"num\">").Append(rows.Sum(r => r.Errors)).Append("</td>")
            .Append("<td class=\"num\">").Append(rows.Sum(r => r.Warnings)).Append("</td>")
            .Append("<td class=\"num\">").Append(rated).Append(" 份有</td>")
            .Append("<td></td></tr></tfoot>\n");
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private static string N(decimal value) => ChecklistView.Number(value);
}
