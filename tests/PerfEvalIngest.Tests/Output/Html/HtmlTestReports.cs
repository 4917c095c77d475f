using PerfEvalIngest.Checks;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>Reports made by hand, for what a real report rarely has all at once: every severity, a cause repeated at
/// several places, text that HTML would take for markup.</summary>
internal static class HtmlTestReports
{
    public static Finding Finding(string rule, Severity severity, string message, string evidence = "原文", int paragraph = 1) =>
        new(rule, severity, message, evidence, null, null, new Location("一、", paragraph, Page: 2));

    public static ReportResult WithFindings(string name, params Finding[] findings) =>
        new(name, new SourceInfo(name, "txt", "0"), null, null, null, null, findings);

    public static ReportResult Failed(string name, string code, string message) =>
        new(name, new SourceInfo(name, "docx", "0"), new ReadError(code, message), null, null, null, []);

    /// <summary>A warning first in reading order, then errors (one cause at two places), then a hint.</summary>
    public static ReportResult Mixed() => WithFindings("mixed.txt",
        Finding("claim.all-met", Severity.Warning, "称全部完成，但有指标未完成", "全面完成了年度总体绩效目标", 3),
        Finding("arithmetic.sum", Severity.Error, "合计应为 627.17，实为 672.17", "预算总金额 672.17", 5),
        Finding("numbering.sequence", Severity.Info, "编号跳过了（三）", "（四）", 7),
        Finding("arithmetic.sum", Severity.Error, "合计应为 627.17，实为 672.17", "预算总金额 672.17", 9));
}
