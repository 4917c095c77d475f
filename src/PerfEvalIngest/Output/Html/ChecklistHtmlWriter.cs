using PerfEvalIngest.Facts;
using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The reviewer's checklist for one report as one self-contained HTML page (<see cref="ChecklistView"/> laid out):
/// the header with the rubric's points and the counts, the findings as one table errors first, the rubric items, the
/// key figures and the outline. No script and no file beside it; it prints on A4. A file that could not be read says
/// so where the findings would be, never 未发现问题. A pure function of the view: same view, same text.
/// </summary>
public static class ChecklistHtmlWriter
{
    /// <summary>Evidence longer than this is clipped, with the whole text one click away.</summary>
    internal const int EvidenceClip = 200;

    public static string Write(ReportResult report) => Write(ChecklistView.Of(report));

    internal static string Write(ChecklistView view)
    {
        var html = new StringBuilder(16 * 1024);
        HtmlPage.Open(html, "审核清单：" + view.Title, ChecklistStyle.Css);
        html.Append("<main>\n");
        WriteHeader(html, view);
        var numbers = new SectionNumbers();
        WriteFindings(html, view, numbers.Next());
        if (view.Rubric is { } rubric) WriteRubric(html, rubric, numbers.Next());
        if (view.Checked) WriteKeyFigures(html, view, numbers.Next());
        if (view.Outline.Count > 0) WriteOutline(html, view, numbers.Next());
        html.Append("</main>\n");
        HtmlPage.Close(html);
        return html.ToString();
    }

    private static void WriteHeader(StringBuilder html, ChecklistView view)
    {
        html.Append("<header>\n<h1>审核清单：").Append(E(view.Title)).Append("</h1>\n<dl class=\"meta\">\n");
        Meta(html, "文件", $"<code>{E(view.SourcePath)}</code>（{E(view.Format)}）");
        Meta(html, "单位", E(view.Unit ?? "（未识别）"));
        Meta(html, "年度", view.Year?.ToString(CultureInfo.InvariantCulture) ?? "（未识别）");
        Meta(html, "类型", E(view.KindName));
        Meta(html, "文件类别", E(view.DocumentKindName));
        if (view.Rubric is { } r)
        {
            Meta(html, "评分规则", $"{E(r.Title)} <code>{E(r.Id)}</code>");
            Meta(html, "得分",
                $"<strong class=\"score\">{N(r.Score)} / {N(r.JudgedMax)}</strong>（可自动判定部分），" +
                $"另有 {N(r.NeedsHumanMax)} 分需人工评审，满分 {N(r.FullPoints)}");
        }
        html.Append("</dl>\n");
        if (view.Failure is { } failure)
            html.Append("<p><span class=\"badge sev-error\"><span aria-hidden=\"true\">✖</span> 未检查</span> ")
                .Append(E(failure.CodeName)).Append("</p>\n");
        else
            html.Append("<ul class=\"counts\">")
                .Append(Count(Checks.Severity.Error, "错误", view.Errors))
                .Append(Count(Checks.Severity.Warning, "警告", view.Warnings))
                .Append(Count(Checks.Severity.Info, "提示", view.Infos))
                .Append("</ul>\n");
        html.Append("</header>\n");
    }

    /// <summary>A severity's count; a zero is greyed, so red on the page always means there is an error to read.</summary>
    private static string Count(Checks.Severity severity, string name, int count) =>
        $"<li class=\"count {HtmlPalette.ClassOf(severity)}\"><span class=\"badge {HtmlPalette.ClassOf(severity)}{(count == 0 ? " zero" : "")}\">" +
        $"<span aria-hidden=\"true\">{ChecklistNames.Sign(severity)}</span> {name} {count}</span></li>";

    private static void Meta(StringBuilder html, string term, string encodedValue) =>
        html.Append("<dt>").Append(term).Append("</dt><dd>").Append(encodedValue).Append("</dd>\n");

    private static void WriteFindings(StringBuilder html, ChecklistView view, string number)
    {
        html.Append("<section id=\"findings\">\n<h2>").Append(number).Append("需核实的问题（")
            .Append(view.Checked ? (view.Errors + view.Warnings + view.Infos).ToString(CultureInfo.InvariantCulture) : "未检查")
            .Append("）</h2>\n");
        if (view.Failure is { } failure)
        {
            html.Append("<div class=\"failure\" role=\"alert\">\n<p><strong>本文件未能读取，未做检查</strong></p>\n<p>")
                .Append(E(failure.CodeName)).Append("（<code>").Append(E(failure.Code)).Append("</code>）：")
                .Append(E(failure.Message)).Append("</p>\n</div>\n</section>\n");
            return;
        }
        if (view.Findings.Count == 0)
        {
            html.Append("<p class=\"none\">未发现问题。</p>\n</section>\n");
            return;
        }
        html.Append("<table class=\"findings\">\n<thead><tr><th scope=\"col\">严重程度</th><th scope=\"col\">规则</th>")
            .Append("<th scope=\"col\">问题</th><th scope=\"col\">位置</th><th scope=\"col\">原文</th></tr></thead>\n");
        foreach (var g in view.Findings) WriteGroup(html, g);
        html.Append("</table>\n</section>\n");
    }

    /// <summary>One cause in a tbody of its own: severity, rule and message once, then a row per place.</summary>
    private static void WriteGroup(StringBuilder html, FindingGroup g)
    {
        var cls = HtmlPalette.ClassOf(g.Severity);
        var places = g.Places.Count == 0 ? [new FindingPlace("（全文）", DocumentModel.Location.None, "", null, null)] : g.Places;
        var span = places.Count > 1 ? $" rowspan=\"{places.Count}\"" : "";
        html.Append("<tbody class=\"group ").Append(cls).Append("\" data-rule=\"").Append(E(g.Rule)).Append("\">\n");
        for (var i = 0; i < places.Count; i++)
        {
            html.Append("<tr class=\"").Append(cls).Append("\">");
            if (i == 0)
            {
                html.Append("<td class=\"sev\"").Append(span).Append("><span class=\"badge ").Append(cls)
                    .Append("\"><span aria-hidden=\"true\">").Append(ChecklistNames.Sign(g.Severity)).Append("</span> ")
                    .Append(E(g.SeverityName)).Append("</span></td>")
                    .Append("<td class=\"rule\"").Append(span).Append("><code>").Append(E(g.Rule)).Append("</code>")
                    .Append("<div class=\"cat\">").Append(E(g.CategoryName)).Append("</div></td>")
                    .Append("<td class=\"message\"").Append(span).Append('>').Append(E(g.Message));
                if (places.Count > 1) html.Append(" <span class=\"repeat\">（共 ").Append(places.Count).Append(" 处）</span>");
                html.Append("</td>");
            }
            html.Append("<td class=\"where\">").Append(E(places[i].Where)).Append("</td><td>")
                .Append(Evidence(places[i].Evidence)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n");
    }

    /// <summary>Short evidence as it is; long evidence clipped in a summary that opens to the whole text.</summary>
    private static string Evidence(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "<span class=\"none\">—</span>";
        var flat = text.Replace('\n', ' ');
        if (flat.Length <= EvidenceClip) return $"<span class=\"evidence\">{E(flat)}</span>";
        return $"<details class=\"evidence\" title=\"{E(flat)}\"><summary>{E(HtmlText.Clip(flat, EvidenceClip))}</summary>" +
               $"<div class=\"full\">{E(flat)}</div></details>";
    }

    private static void WriteRubric(StringBuilder html, RubricView rubric, string number)
    {
        html.Append("<section id=\"rubric\">\n<h2>").Append(number).Append("评分项</h2>\n")
            .Append("<table class=\"rubric\">\n<thead><tr><th scope=\"col\"><span class=\"sr\">标记</span></th><th scope=\"col\">项目</th>")
            .Append("<th scope=\"col\">状态</th><th scope=\"col\">得分</th><th scope=\"col\">依据</th><th scope=\"col\">位置</th></tr></thead>\n<tbody>\n");
        foreach (var i in rubric.Items)
        {
            var score = i.Score is decimal s ? $"{N(s)}/{N(i.Max)}" : $"—/{N(i.Max)}";
            html.Append("<tr class=\"st-").Append(E(i.Status)).Append("\"><td class=\"mark\">").Append(E(i.Mark))
                .Append("</td><td>").Append(E(i.Title)).Append("</td><td>").Append(E(i.StatusName))
                .Append("</td><td class=\"num\">").Append(score).Append("</td><td>").Append(Evidence(i.Evidence))
                .Append("</td><td class=\"where\">").Append(E(i.Where ?? "")).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteKeyFigures(StringBuilder html, ChecklistView view, string number)
    {
        html.Append("<section id=\"figures\">\n<h2>").Append(number).Append("主要数据</h2>\n");
        if (view.KeyFigures.Count == 0)
        {
            html.Append("<p class=\"none\">未识别到主要数据。</p>\n</section>\n");
            return;
        }
        html.Append("<table class=\"figures\">\n<thead><tr><th scope=\"col\">指标</th><th scope=\"col\">数值</th>")
            .Append("<th scope=\"col\">位置</th><th scope=\"col\">原文</th></tr></thead>\n<tbody>\n");
        foreach (var f in view.KeyFigures)
        {
            html.Append("<tr data-concept=\"").Append(E(f.Concept)).Append("\"><td>").Append(E(f.Name))
                .Append("</td><td class=\"num\">").Append(N(f.Value)).Append(E(f.Unit));
            if (f.ValueWan is decimal wan && f.Unit != "万元")
                html.Append(" <span class=\"repeat\">（").Append(N(wan)).Append("万元）</span>");
            html.Append("</td><td class=\"where\">").Append(E(f.Location.Describe())).Append("</td><td>")
                .Append(Evidence(f.Text)).Append("</td></tr>\n");
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>The headings as nested lists, a list per heading level. A heading deeper than the one before opens
    /// a list inside it, however many levels it skips (一、 straight to 1.), and one between two open levels joins the
    /// deeper list rather than closing it, so a reader sees each heading under the one it belongs to.</summary>
    private static void WriteOutline(StringBuilder html, ChecklistView view, string number)
    {
        html.Append("<section id=\"outline\">\n<h2>").Append(number).Append("报告结构</h2>\n");
        var open = new Stack<int>();
        foreach (var h in view.Outline)
        {
            if (open.Count == 0)
            {
                html.Append("<ul class=\"outline\">\n");
                open.Push(h.Level);
            }
            else if (h.Level > open.Peek())
            {
                html.Append("\n<ul>\n");
                open.Push(h.Level);
            }
            else
            {
                html.Append("</li>\n");
                while (open.Count > 1 && h.Level < open.Peek())
                {
                    open.Pop();
                    if (h.Level > open.Peek())
                    {
                        open.Push(h.Level);
                        break;
                    }
                    html.Append("</ul></li>\n");
                }
            }
            html.Append("<li>").Append(E(h.Label)).Append(E(h.Title));
            if (h.Category != null) html.Append("<span class=\"cat\">").Append(E(h.Category)).Append("</span>");
        }
        html.Append("</li>\n");
        for (; open.Count > 1; open.Pop()) html.Append("</ul></li>\n");
        html.Append("</ul>\n</section>\n");
    }

    private static string E(string? text) => HtmlText.Encode(text);

    private static string N(decimal value) => ChecklistView.Number(value);

    /// <summary>一、二、… for the sections present, so a report without a rubric has no gap in the numbering.</summary>
    private sealed class SectionNumbers
    {
        private static readonly string[] Numerals = ["一", "二", "三", "四", "五", "六"];
        private int _next;

        public string Next() => Numerals[_next++] + "、";
    }
}
