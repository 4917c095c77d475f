using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output.Word;

/// <summary>
/// How a severity looks in the Word checklist: a light fill (red, amber, blue) for the screen and a colour printer,
/// and a shape in front of the name (✖ ▲ ●) that still tells the three apart on a black-and-white print.
/// </summary>
internal static class DocxSeverity
{
    public const string ErrorFill = "F4B6B6";
    public const string WarningFill = "FFD27F";
    public const string InfoFill = "BDD7EE";

    public static string Fill(Severity severity) => severity switch
    {
        Severity.Error => ErrorFill, Severity.Warning => WarningFill, _ => InfoFill,
    };

    /// <summary>"✖ 错误", "▲ 警告", "● 提示".</summary>
    public static string Label(Severity severity, string name) => ChecklistNames.Sign(severity) + " " + name;
}
