using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output;

/// <summary>The Chinese a reviewer reads for the contract's ids: severities, categories, kinds, rubric statuses and
/// error codes. Unknown ids are shown as they are, so a new id is visible rather than hidden.</summary>
internal static class ChecklistNames
{
    public static string Severity(Severity s) => s switch
    {
        Checks.Severity.Error => "错误", Checks.Severity.Warning => "警告", _ => "提示",
    };

    /// <summary>The sign each severity wears in every checklist form, so that colour is never the only signal and a
    /// black-and-white print still tells them apart.</summary>
    public static string Sign(Severity s) => s switch
    {
        Checks.Severity.Error => "✖", Checks.Severity.Warning => "▲", _ => "●",
    };

    public static string Category(string category) => category switch
    {
        "completeness" => "完整性",
        "arithmetic" => "计算",
        "unit" => "单位",
        "numbering" => "编号",
        "target" => "绩效目标",
        "enumeration" => "列举",
        "cross-reference" => "前后一致",
        "claim" => "表述",
        "extraction" => "读取",
        _ => category,
    };

    public static string Kind(string? kind) => kind switch
    {
        "department-overall" => "部门（单位）整体支出",
        "project" => "项目支出",
        _ => "未识别",
    };

    public static string DocumentKind(string? kind) => kind switch
    {
        "self-evaluation-department" => "部门（单位）整体支出绩效自评报告",
        "self-evaluation-project" => "项目支出绩效自评报告",
        "department-budget" => "部门预算",
        "unit-budget" => "单位预算",
        "department-final-accounts" => "部门决算",
        "unit-final-accounts" => "单位决算",
        "performance-targets" => "绩效目标申报表",
        "evaluation-report" => "绩效评价报告",
        "template" => "模板",
        _ => "其他",
    };

    public static string RubricStatus(string status) => status switch
    {
        "present" => "已有",
        "missing" => "缺失",
        "partial" => "不完整",
        "not-included" => "未纳入",
        _ => "需人工评审",
    };

    public static string RubricMark(string status) => status switch
    {
        "present" => "✓", "missing" => "✗", "partial" => "△", "not-included" => "—", _ => "?",
    };

    public static string ErrorCode(string code) => code switch
    {
        "encrypted" => "文件已加密",
        "corrupt" => "文件损坏",
        "unsupported" => "不支持的格式",
        "empty" => "空文件",
        "too-large" => "文件过大",
        "no-text-layer" => "无文字层（扫描件）",
        "timeout" => "处理超时",
        "internal" => "程序出错",
        "missing" => "文件不存在",
        _ => code,
    };
}
