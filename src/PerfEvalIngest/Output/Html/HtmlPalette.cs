using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// The colours and signs of severity, one set for every page so a reviewer learns them once. Colour is never the only
/// signal: each severity also has its sign (✖ ▲ ●) and its Chinese name, for colour-blind readers and black-and-white
/// print. The fills are dark or bright enough for their text colour to read on them.
/// </summary>
internal static class HtmlPalette
{
    public const string ErrorRed = "#c62828";
    public const string WarningAmber = "#f0a000";
    public const string InfoBlue = "#1565c0";
    public const string OkGreen = "#2e7d32";
    public const string Muted = "#6b7280";

    /// <summary>The CSS class of a severity: sev-error, sev-warning, sev-info.</summary>
    public static string ClassOf(Severity severity) => severity switch
    {
        Severity.Error => "sev-error", Severity.Warning => "sev-warning", _ => "sev-info",
    };

    public static string ColourOf(Severity severity) => severity switch
    {
        Severity.Error => ErrorRed, Severity.Warning => WarningAmber, _ => InfoBlue,
    };

    /// <summary>The badge rules shared by the checklist and the overview: a solid fill per severity.</summary>
    public static string BadgeCss =>
        ".badge{display:inline-block;padding:1px 7px;border-radius:3px;font-weight:600;white-space:nowrap;" +
        "-webkit-print-color-adjust:exact;print-color-adjust:exact}\n" +
        $".badge.sev-error{{background:{ErrorRed};color:#fff}}\n" +
        $".badge.sev-warning{{background:{WarningAmber};color:#2b1d00}}\n" +
        $".badge.sev-info{{background:{InfoBlue};color:#fff}}\n" +
        ".badge.zero{background:#eef0f2;color:#57606a}\n";
}
