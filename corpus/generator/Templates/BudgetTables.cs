using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Budget-execution tables (单位：万元): one row per budget line with 年初预算数, 调整数, 调整后预算数, 实际支出数 and
/// 执行率. Each row is a fact scope; the total row equals the sum of the rows beneath it column by column.
/// </summary>
static class BudgetTables
{
    sealed record Line(string Label, string Aspect, BudgetLine Budget);

    sealed record PrintedRow(Printed Initial, Printed? Adjustment, Printed Adjusted, Printed Actual);

    /// <summary>Suzhou 预算信息: 预算总金额, 基本支出, 项目支出, then each project; figures as a spreadsheet exports them.</summary>
    public static DumpTable Suzhou(ReportContext ctx)
    {
        var l = ctx.Ledger;
        var table = new DumpTable().Header("本年度预算资金（万元）", "年初预算数（万元）", "上年度结转及当年预算追加追减数(万元）",
            "调整预算数（万元）", "实际支出数（万元）", "执行率（%)");
        var total = Row(ctx, table, new Line("预算总金额", "total", l.Total), spreadsheet: true);
        var basic = Row(ctx, table, new Line("基本支出", "basic", l.Basic), spreadsheet: true);
        var project = Row(ctx, table, new Line("项目支出", "project", l.Project), spreadsheet: true);
        var items = l.Projects.Select(p => Row(ctx, table, new Line(p.Name, p.Name, p), spreadsheet: true)).ToList();
        ColumnSums(table, total, [basic, project]);
        ColumnSums(table, project, items);
        return table;
    }

    /// <summary>Nanjing-style 预算执行情况表: 合计, 基本支出 (人员经费, 公用经费), 项目支出 and each project.</summary>
    public static DumpTable Nanjing(ReportContext ctx)
    {
        var l = ctx.Ledger;
        var table = new DumpTable().Header("项目", "年初预算数", "调整数", "调整后预算数", "实际支出数", "执行率");
        var total = Row(ctx, table, new Line("合计", "total", l.Total), spreadsheet: false);
        var basic = Row(ctx, table, new Line("基本支出", "basic", l.Basic), spreadsheet: false);
        var personnel = Row(ctx, table, new Line("其中：人员经费", "personnel", l.Personnel), spreadsheet: false);
        var publicCost = Row(ctx, table, new Line("公用经费", "public", l.Public), spreadsheet: false);
        var project = Row(ctx, table, new Line("项目支出", "project", l.Project), spreadsheet: false);
        var items = l.Projects.Select(p => Row(ctx, table, new Line(p.Name, p.Name, p), spreadsheet: false)).ToList();
        ColumnSums(table, total, [basic, project]);
        ColumnSums(table, basic, [personnel, publicCost]);
        ColumnSums(table, project, items);
        return table;
    }

    static PrintedRow Row(ReportContext ctx, DumpTable table, Line line, bool spreadsheet)
    {
        var b = line.Budget;
        var initial = ctx.TableMoney(b.Initial, spreadsheet);
        var adjustment = b.Adjustment == 0 ? null : ctx.TableMoney(b.Adjustment, spreadsheet);
        var adjusted = ctx.TableMoney(b.Adjusted, spreadsheet);
        var actual = ctx.TableMoney(b.Actual, spreadsheet);
        var rate = ctx.Rate(actual, adjusted, "rate." + line.Aspect, line.Label);
        var row = table.Row(line.Label).Text(line.Label).Num(initial, "budget.initial", "万元", line.Aspect);
        if (adjustment is null) row.Empty(); else row.Num(adjustment, "budget.adjustment", "万元", line.Aspect);
        row.Num(adjusted, "budget.adjusted", "万元", line.Aspect).Num(actual, "budget.actual", "万元", line.Aspect)
           .Num(rate, "budget.rate", "%", line.Aspect);
        var parts = adjustment is null ? new List<Printed> { initial } : [initial, adjustment];
        table.Claim(new SumClaim(adjusted, parts, complete: true), adjusted.WithUnit);
        return new PrintedRow(initial, adjustment, adjusted, actual);
    }

    /// <summary>The total row equals the rows beneath it, column by column.</summary>
    static void ColumnSums(DumpTable table, PrintedRow total, IReadOnlyList<PrintedRow> parts)
    {
        table.Claim(new SumClaim(total.Initial, parts.Select(p => p.Initial).ToList(), true), total.Initial.WithUnit);
        table.Claim(new SumClaim(total.Adjusted, parts.Select(p => p.Adjusted).ToList(), true), total.Adjusted.WithUnit);
        table.Claim(new SumClaim(total.Actual, parts.Select(p => p.Actual).ToList(), true), total.Actual.WithUnit);
    }
}
