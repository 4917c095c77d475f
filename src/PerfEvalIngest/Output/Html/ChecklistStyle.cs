namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The checklist's inline stylesheet: readable on a screen, and on A4 paper a reviewer can tick by hand (table headers
/// repeated on each page, a finding never split across pages, the severity fills printed rather than dropped).
/// </summary>
internal static class ChecklistStyle
{
    public static string Css { get; } =
        "*{box-sizing:border-box}\n" +
        $"body{{margin:0;padding:24px;font-family:{HtmlPage.FontStack};font-size:14px;line-height:1.55;color:#1f2328;background:#fff}}\n" +
        "main{max-width:1200px;margin:0 auto}\n" +
        "h1{font-size:22px;margin:0 0 12px}\n" +
        "h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #d0d7de}\n" +
        "dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 14px;margin:0 0 12px}\n" +
        "dl.meta dt{color:#57606a}\ndl.meta dd{margin:0}\n" +
        "code{font-family:ui-monospace,\"Cascadia Mono\",\"DejaVu Sans Mono\",monospace;font-size:12.5px}\n" +
        ".counts{display:flex;gap:10px;flex-wrap:wrap;margin:8px 0 0;padding:0;list-style:none}\n" +
        "table{border-collapse:collapse;width:100%;margin:6px 0 12px}\n" +
        "th,td{border:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}\n" +
        "thead th{background:#f3f4f6;font-weight:600;white-space:nowrap}\n" +
        "td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n" +
        "td.where{white-space:nowrap;color:#374151}\n" +
        "td.rule{white-space:nowrap}\n" +
        "td.sev{white-space:nowrap}\n" +
        $"tbody.sev-error td.sev{{border-left:4px solid {HtmlPalette.ErrorRed}}}\n" +
        $"tbody.sev-warning td.sev{{border-left:4px solid {HtmlPalette.WarningAmber}}}\n" +
        $"tbody.sev-info td.sev{{border-left:4px solid {HtmlPalette.InfoBlue}}}\n" +
        HtmlPalette.BadgeCss +
        ".repeat{color:#57606a;font-size:12.5px}\n" +
        ".evidence{color:#374151}\n" +
        "details.evidence summary{cursor:pointer}\n" +
        "details.evidence[open] summary{color:#57606a}\n" +
        ".none{color:#57606a}\n" +
        ".sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\n" +
        $".failure{{border:2px solid {HtmlPalette.ErrorRed};border-left-width:8px;background:#fdecea;padding:12px 16px;margin:8px 0;" +
        "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n" +
        $".failure strong{{color:{HtmlPalette.ErrorRed};font-size:16px}}\n" +
        ".failure p{margin:4px 0}\n" +
        $".mark{{font-weight:700;text-align:center;width:2em}}\n" +
        $".st-present .mark{{color:{HtmlPalette.OkGreen}}}\n" +
        $".st-missing .mark{{color:{HtmlPalette.ErrorRed}}}\n" +
        $".st-partial .mark{{color:#b26a00}}\n" +
        $".st-needs-human .mark,.st-not-included .mark{{color:{HtmlPalette.Muted}}}\n" +
        "ul.outline{margin:0;padding-left:1.4em}\nul.outline ul{padding-left:1.6em}\n" +
        ".cat{color:#57606a;font-size:12px;margin-left:6px}\n" +
        "@media print{\n" +
        "@page{size:A4;margin:14mm 12mm}\n" +
        "body{padding:0;font-size:10pt}\n" +
        "main{max-width:none}\n" +
        "h2{break-after:avoid}\n" +
        "thead{display:table-header-group}\n" +
        "tbody.group,tr{break-inside:avoid}\n" +
        "td.where{white-space:normal;min-width:7em}\n" +
        "td.rule{white-space:normal;word-break:break-all;min-width:8em}\n" +
        "details.evidence summary{list-style:none}\n" +
        "}\n";
}
