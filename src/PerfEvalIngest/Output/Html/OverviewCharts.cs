using System.Globalization;
using System.Text;
using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The overview's two charts as inline SVG, drawn here rather than by a library so the page stays one file and the
/// same rows give the same bytes: which rules fire most across the batch (a bar per rule, split by severity), and
/// each report's execution rate (lowest first, as those are the ones to read; the rates in a column of their own past
/// the 100% line, which they would otherwise cross). Every bar has its number written beside it and a title to hover,
/// so the charts read without colour too.
/// </summary>
internal static class OverviewCharts
{
    public const int TopRules = 15;
    public const int MaxRateBars = 40;

    private const int Width = 620;
    private const int LabelWidth = 230;
    private const int BarArea = 300;
    private const int RowHeight = 22;
    private const int BarHeight = 14;
    private const int Top = 30;

    /// <summary>One rule's findings across the batch, by severity.</summary>
    internal sealed record RuleTotal(string Rule, int Errors, int Warnings, int Infos)
    {
        public int Total => Errors + Warnings + Infos;
    }

    public static IReadOnlyList<RuleTotal> RuleTotals(IReadOnlyList<OverviewRow> rows) =>
        rows.SelectMany(r => r.Rules)
            .GroupBy(c => c.Rule, StringComparer.Ordinal)
            .Select(g => new RuleTotal(g.Key,
                g.Where(c => c.Severity == Severity.Error).Sum(c => c.Count),
                g.Where(c => c.Severity == Severity.Warning).Sum(c => c.Count),
                g.Where(c => c.Severity == Severity.Info).Sum(c => c.Count)))
            .OrderByDescending(t => t.Total).ThenBy(t => t.Rule, StringComparer.Ordinal)
            .ToList();

    public static void WriteRuleChart(StringBuilder html, IReadOnlyList<OverviewRow> rows)
    {
        var totals = RuleTotals(rows);
        html.Append("<figure class=\"chart\" id=\"rule-chart\">\n<h2>各规则发现数</h2>\n");
        if (totals.Count == 0)
        {
            html.Append("<p class=\"note\">").Append(rows.Any(r => !r.Failed) ? "本批未发现问题。" : "本批报告均未能读取，未做检查。")
                .Append("</p>\n</figure>\n");
            return;
        }
        var shown = totals.Take(TopRules).ToList();
        var max = shown.Max(t => t.Total);
        var height = Top + shown.Count * RowHeight + 8;
        OpenSvg(html, height, "各规则发现数，按严重程度分段");
        Legend(html);
        for (var i = 0; i < shown.Count; i++)
        {
            var t = shown[i];
            var y = Top + i * RowHeight;
            html.Append("<g class=\"rule-bar\" data-rule=\"").Append(HtmlText.Encode(t.Rule)).Append("\"><title>")
                .Append(HtmlText.Encode(t.Rule)).Append("：错误 ").Append(t.Errors).Append("，警告 ").Append(t.Warnings)
                .Append("，提示 ").Append(t.Infos).Append("</title>");
            Label(html, y, HtmlText.Clip(t.Rule, 32));
            var x = (double)LabelWidth;
            foreach (var (severity, count) in new[] { (Severity.Error, t.Errors), (Severity.Warning, t.Warnings), (Severity.Info, t.Infos) })
            {
                if (count == 0) continue;
                var w = BarArea * (double)count / max;
                html.Append("<rect class=\"seg ").Append(HtmlPalette.ClassOf(severity)).Append("\" x=\"").Append(F(x))
                    .Append("\" y=\"").Append(y + (RowHeight - BarHeight) / 2).Append("\" width=\"").Append(F(w))
                    .Append("\" height=\"").Append(BarHeight).Append("\" fill=\"").Append(HtmlPalette.ColourOf(severity)).Append("\"/>");
                x += w;
            }
            Value(html, x + 6, y, t.Total.ToString(CultureInfo.InvariantCulture));
            html.Append("</g>\n");
        }
        html.Append("</svg>\n");
        if (totals.Count > shown.Count)
            html.Append("<p class=\"note\">共 ").Append(totals.Count).Append(" 条规则有发现，图中为最多的 ").Append(shown.Count).Append(" 条。</p>\n");
        html.Append("</figure>\n");
    }

    public static void WriteRateChart(StringBuilder html, IReadOnlyList<OverviewRow> rows)
    {
        var rated = rows
            .Where(r => r.ExecutionRate != null)
            .Select(r => (Label: RateLabel(r), Rate: r.ExecutionRate!.Value, Unit: r.ExecutionRateUnit ?? ""))
            .OrderBy(x => x.Rate).ThenBy(x => x.Label, StringComparer.Ordinal)
            .ToList();
        html.Append("<figure class=\"chart\" id=\"rate-chart\">\n<h2>预算执行率</h2>\n");
        if (rated.Count == 0)
        {
            html.Append("<p class=\"note\">本批报告均未识别到预算执行率。</p>\n</figure>\n");
            return;
        }
        var shown = rated.Take(MaxRateBars).ToList();
        var scale = Math.Max(100m, shown.Max(x => x.Rate));
        var height = Top + shown.Count * RowHeight + 8;
        OpenSvg(html, height, "各报告预算执行率，由低到高");
        var hundred = LabelWidth + BarArea * (double)(100m / scale);
        html.Append("<line class=\"ref\" x1=\"").Append(F(hundred)).Append("\" y1=\"").Append(Top - 6).Append("\" x2=\"")
            .Append(F(hundred)).Append("\" y2=\"").Append(height - 4).Append("\"/>")
            .Append("<text x=\"").Append(F(hundred)).Append("\" y=\"").Append(Top - 10).Append("\" text-anchor=\"middle\">100%</text>\n");
        for (var i = 0; i < shown.Count; i++)
        {
            var (label, rate, unit) = shown[i];
            var y = Top + i * RowHeight;
            var w = BarArea * (double)(Math.Max(0m, rate) / scale);
            var text = ChecklistView.Number(rate) + unit;
            html.Append("<g class=\"rate-bar\"><title>").Append(HtmlText.Encode(label)).Append("：").Append(HtmlText.Encode(text)).Append("</title>");
            Label(html, y, HtmlText.Clip(label, 18));
            html.Append("<rect x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + (RowHeight - BarHeight) / 2).Append("\" width=\"")
                .Append(F(w)).Append("\" height=\"").Append(BarHeight).Append("\" fill=\"").Append(HtmlPalette.InfoBlue).Append("\"/>");
            Value(html, LabelWidth + BarArea + 8, y, HtmlText.Encode(text));
            html.Append("</g>\n");
        }
        html.Append("</svg>\n");
        if (rated.Count > shown.Count)
            html.Append("<p class=\"note\">共 ").Append(rated.Count).Append(" 份报告有执行率，图中为最低的 ").Append(shown.Count).Append(" 份。</p>\n");
        html.Append("</figure>\n");
    }

    private static string RateLabel(OverviewRow r)
    {
        var who = r.Unit ?? r.Name;
        return r.Year is int year ? $"{who}（{year.ToString(CultureInfo.InvariantCulture)}）" : who;
    }

    private static void OpenSvg(StringBuilder html, int height, string label) =>
        html.Append("<svg role=\"img\" aria-label=\"").Append(label)
            .Append("\" width=\"").Append(Width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(Width).Append(' ').Append(height).Append("\">\n")
            .Append("<line class=\"axis\" x1=\"").Append(LabelWidth).Append("\" y1=\"").Append(Top - 4).Append("\" x2=\"")
            .Append(LabelWidth).Append("\" y2=\"").Append(height - 4).Append("\"/>\n");

    private static void Legend(StringBuilder html)
    {
        var x = LabelWidth;
        foreach (var (severity, name) in new[] { (Severity.Error, "错误"), (Severity.Warning, "警告"), (Severity.Info, "提示") })
        {
            html.Append("<rect x=\"").Append(x).Append("\" y=\"6\" width=\"12\" height=\"12\" fill=\"").Append(HtmlPalette.ColourOf(severity))
                .Append("\"/><text x=\"").Append(x + 16).Append("\" y=\"16\">").Append(ChecklistNames.Sign(severity)).Append(' ').Append(name).Append("</text>");
            x += 70;
        }
        html.Append('\n');
    }

    private static void Label(StringBuilder html, int y, string text) =>
        html.Append("<text class=\"label\" x=\"").Append(LabelWidth - 6).Append("\" y=\"").Append(y + 15)
            .Append("\" text-anchor=\"end\">").Append(HtmlText.Encode(text)).Append("</text>");

    private static void Value(StringBuilder html, double x, int y, string encoded) =>
        html.Append("<text x=\"").Append(F(x)).Append("\" y=\"").Append(y + 15).Append("\">").Append(encoded).Append("</text>");

    /// <summary>Coordinates to one decimal, invariant: the same rows give the same bytes on every machine.</summary>
    private static string F(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
