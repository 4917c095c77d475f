namespace PerfEvalIngest.Output.Html;

/// <summary>The overview's inline stylesheet: the reports table with failed rows marked, the two charts, and A4 print.</summary>
internal static class OverviewStyle
{
    public static string Css { get; } =
        "*{box-sizing:border-box}\n" +
        $"body{{margin:0;padding:24px;font-family:{HtmlPage.FontStack};font-size:14px;line-height:1.5;color:#1f2328;background:#fff}}\n" +
        "main{max-width:1240px;margin:0 auto}\n" +
        "h1{font-size:22px;margin:0 0 8px}\n" +
        "h2{font-size:17px;margin:28px 0 10px;padding-bottom:4px;border-bottom:2px solid #d0d7de}\n" +
        ".summary{margin:0 0 8px;color:#374151}\n" +
        ".hint{display:none;color:#57606a;font-size:12.5px}\nhtml.js .hint{display:inline}\n" +
        "table{border-collapse:collapse;width:100%}\n" +
        "th,td{border:1px solid #d0d7de;padding:5px 8px;text-align:left;vertical-align:top}\n" +
        "thead th{background:#f3f4f6;font-weight:600;white-space:nowrap}\n" +
        "th.sortable{cursor:pointer;user-select:none}\nth.sortable:hover{background:#e5e7eb}\n" +
        "th.sortable::after{content:\" ↕\";color:#9ca3af}\n" +
        "th[aria-sort=ascending]::after{content:\" ↑\";color:#1f2328}\n" +
        "th[aria-sort=descending]::after{content:\" ↓\";color:#1f2328}\n" +
        "td.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}\n" +
        ".name{color:#57606a;font-size:12px;word-break:break-all}\n" +
        $"td.err.some{{color:{HtmlPalette.ErrorRed};font-weight:700}}\n" +
        "td.warn.some{color:#8a5a00;font-weight:700}\n" +
        $".ok{{color:{HtmlPalette.OkGreen};white-space:nowrap}}\n" +
        HtmlPalette.BadgeCss +
        $"tr.failed td{{background:#fdecea}}\ntr.failed td:first-child{{border-left:6px solid {HtmlPalette.ErrorRed}}}\n" +
        "tfoot td{font-weight:600;background:#f9fafb}\n" +
        ".code{font-size:12px;color:#57606a}\n" +
        ".human{color:#57606a;font-size:12px}\n" +
        ".charts{display:flex;flex-wrap:wrap;gap:24px}\nfigure.chart{flex:1 1 560px;min-width:0;margin:0}\nfigure.chart svg{max-width:100%;height:auto}\n" +
        $"svg text{{font-family:{HtmlPage.FontStack};font-size:12px;fill:#1f2328}}\n" +
        "svg .label{fill:#374151}\nsvg .axis{stroke:#9ca3af;stroke-width:1}\nsvg .ref{stroke:#6b7280;stroke-width:1;stroke-dasharray:4 3}\n" +
        ".note{color:#57606a;font-size:12.5px;margin:4px 0}\n" +
        "@media print{\n@page{size:A4 landscape;margin:12mm}\nbody{padding:0;font-size:9.5pt}\nmain{max-width:none}\n" +
        "thead{display:table-header-group}\ntr{break-inside:avoid}\n.chart{break-inside:avoid}\n" +
        "th.sortable::after,.hint{display:none}\n" +
        "tr.failed td,.badge,svg rect{-webkit-print-color-adjust:exact;print-color-adjust:exact}\n}\n";
}
