using PerfEvalIngest.Corpus.Figures;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>Heading labels by level (domain.md, "Heading numbering").</summary>
static class HeadingLabels
{
    /// <summary>
    /// Level 1: "一、", or where the report lost Word's automatic numbering "3、 " on the page — the label
    /// (without the space) then shows the Arabic number that continues the Chinese sequence.
    /// </summary>
    public static (string Label, string Printed) Level1(ReportContext ctx, int n, int lostUntil = int.MaxValue)
    {
        var from = ctx.Plan.Quirks.LostAutonumberFrom;
        if (from > 0 && n >= from && n <= Math.Min(lostUntil, ctx.Plan.Quirks.LostAutonumberTo))
        {
            var printed = (n >= 7 ? " " : "") + $"{n}、 ";
            return ($"{n}、", printed);
        }
        var label = ChineseNumerals.Of(n) + "、";
        return (label, label);
    }

    public static string Level2(int n) => "（" + ChineseNumerals.Of(n) + "）";

    public static string Level3(int n, char mark) => $"{n}{mark}";

    public static string Level4(int n) => $"（{n}）";
}
