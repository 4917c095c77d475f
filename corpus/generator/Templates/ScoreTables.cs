using PerfEvalIngest.Corpus.Claims;
using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// The 自评表 in each family's layout. Level-1 and level-2 cells are merged down their group, so only the first
/// row of a group prints them and the rest show an empty TAB line — the dump's sign of a vertical merge.
/// </summary>
static class ScoreTables
{
    /// <summary>Nanjing 指标体系得分情况: 一级 | 二级 | 三级 | 分值 | 指标值 | 完成值 | 得分 | 偏差.</summary>
    public static DumpTable Nanjing(ReportContext ctx, Printed textScore)
    {
        var table = new DumpTable().Header("一级指标", "二级指标", "三级指标", "分值", "指标值", "完成值", "得分", "偏差");
        Indicator? previous = null;
        foreach (var r in ctx.Score.Rows)
        {
            var row = Lead(table, r, previous);
            row.Text(r.WeightText).Text(r.Target);
            Result(row, r, "完成值");
            row.Text(r.ScoreText);
            Deviation(row, r);
            previous = r;
        }
        Totals(ctx, table, textScore, row => row.Text("合计").Merged().Merged(), emptyBetween: 2, emptyAfter: 1);
        return table;
    }

    /// <summary>Suzhou 部门整体自评表: 一级 | 二级 | 三级 | 目标值 | 完成值 | 分值 | 得分 | 偏差情况 | 原因分析.</summary>
    public static DumpTable Suzhou(ReportContext ctx, Printed textScore)
    {
        var table = new DumpTable().Header("一级指标", "二级指标", "三级指标", "指标目标值", "指标完成值", "分值", "得分", "偏差情况", "原因分析");
        Indicator? previous = null;
        foreach (var r in ctx.Score.Rows)
        {
            var row = Lead(table, r, previous);
            row.Text(r.Target);
            Result(row, r, "指标完成值");
            row.Text(r.WeightText).Text(r.ScoreText);
            Deviation(row, r);
            if (r.Note.Length > 0) row.Text(r.Note); else row.Empty();
            previous = r;
        }
        var weights = new Printed(NumberText.Trimmed(ctx.Score.MaxTotal, 2), "");
        var total = new Printed(ctx.Score.TotalText, "");
        var last = table.Row("合计").Text("合计").Empty().Empty().Empty().Empty().Num(weights).Num(total).Empty().Empty();
        ScoreClaims(ctx, table, weights, total, textScore);
        _ = last;
        return table;
    }

    /// <summary>
    /// Hunan 自评表: a budget block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分) above the indicator rows
    /// (一级 | 二级 | 三级 | 分值 | 年度指标值 | 实际完成值 | 得分 | 偏差原因分析及改进措施).
    /// </summary>
    public static DumpTable Hunan(ReportContext ctx, Printed textScore, BudgetLine funds, (string Label, string Aspect, BudgetLine Line) first, (string Label, string Aspect, BudgetLine Line) second)
    {
        var table = new DumpTable().Header("预算执行情况（万元）", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        var exec = ctx.Score.Execution!;
        var totalRow = BudgetRow(ctx, table, "年度资金总额", "total", funds, exec.WeightText, exec.ScoreText);
        var firstRow = BudgetRow(ctx, table, first.Label, first.Aspect, first.Line, "—", "—");
        var secondRow = BudgetRow(ctx, table, second.Label, second.Aspect, second.Line, "—", "—");
        for (var i = 0; i < 3; i++)
            table.Claim(new SumClaim(totalRow[i], [firstRow[i], secondRow[i]], true), totalRow[i].WithUnit);

        table.Header("一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施");
        Indicator? previous = null;
        foreach (var r in ctx.Score.Rows)
        {
            var row = Lead(table, r, previous);
            row.Text(r.WeightText).Text(r.Target);
            Result(row, r, "实际完成值");
            row.Text(r.ScoreText);
            if (r.Note.Length > 0) row.Text(r.Note); else row.Empty();
            previous = r;
        }
        var weights = new Printed(NumberText.Trimmed(ctx.Score.MaxTotal, 2), "");
        var total = new Printed(ctx.Score.TotalText, "");
        table.Row("总分").Text("总分").Empty().Empty().Num(weights).Empty().Empty().Num(total).Empty();
        var scores = ctx.Score.Rows.Select(r => new Printed(r.ScoreText, "")).Prepend(new Printed(exec.ScoreText, "")).ToList();
        var allWeights = ctx.Score.Rows.Select(r => new Printed(r.WeightText, "")).Prepend(new Printed(exec.WeightText, "")).ToList();
        table.Claim(new SumClaim(weights, allWeights, true), weights.WithUnit);
        table.Claim(new SumClaim(total, scores, true), total.WithUnit);
        table.Claim(new EqualClaim(total, textScore), total.WithUnit);
        return table;
    }

    /// <summary>
    /// The national 自评表 (财预〔2020〕10号) and its provincial copies: name rows (项目名称 / 主管部门 / 实施单位, or
    /// 部门名称), a funds block (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分; 年度资金总额 = 当年财政拨款 +
    /// 上年结转资金 + 其他资金, scored 执行率 × 10 at most 10), 年度总体目标 (预期目标 | 实际完成情况), the indicator rows
    /// (一级 | 二级 | 三级 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施) and 总分.
    /// </summary>
    public static DumpTable National(ReportContext ctx, Printed textScore, ReportContext.FundSources funds,
        IReadOnlyList<IReadOnlyList<(string Label, string Value)>> names, string fundsHeader, (string Expected, string Achieved) goal)
    {
        const int columns = 8;
        var table = new DumpTable();
        foreach (var pairs in names)
        {
            // Each label with its value merged across the columns the pair takes.
            var row = table.Row(pairs[0].Label);
            var span = columns / pairs.Count;
            foreach (var (label, value) in pairs)
            {
                row.Text(label).Text(value);
                for (var i = 2; i < span; i++) row.Merged();
            }
        }

        table.Header(fundsHeader, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分");
        var exec = ctx.Score.Execution!;
        var weight = new Printed(exec.WeightText, "");
        var totalRow = FundsRow(ctx, table, "年度资金总额", "total", funds.Total, weight, new Printed(exec.ScoreText, ""));
        var parts = new[]
        {
            FundsRow(ctx, table, "其中：当年财政拨款", "fiscal", funds.Fiscal, null, null),
            FundsRow(ctx, table, "上年结转资金", "carryover", funds.Carryover, null, null),
            FundsRow(ctx, table, "其他资金", "other", funds.Other, null, null),
        };
        for (var i = 0; i < 3; i++)
            table.Claim(new SumClaim(totalRow[i], parts.Select(p => p[i]).ToList(), true), totalRow[i].WithUnit);

        // 年度总体目标 spans its two rows, 预期目标 three columns and 实际完成情况 the other four; the dump shows each
        // continuation as an empty TAB line.
        table.Row("年度总体目标").Text("年度总体目标").Text("预期目标").Merged().Merged().Text("实际完成情况").Merged().Merged().Merged();
        table.Row("年度总体目标").Merged().Text(goal.Expected).Merged().Merged().Text(goal.Achieved).Merged().Merged().Merged();

        table.Header("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施");
        Indicator? previous = null;
        foreach (var r in ctx.Score.Rows)
        {
            var row = Lead(table, r, previous);
            row.Text(r.Target);
            Result(row, r, "实际完成值");
            row.Text(r.WeightText).Text(r.ScoreText);
            if (r.Note.Length > 0) row.Text(r.Note); else row.Empty();
            table.Claim(new ScoreRowClaim(r.Target, r.Result, new Printed(r.WeightText, ""), new Printed(r.ScoreText, ""), r.Note), r.ScoreText);
            previous = r;
        }
        var weights = new Printed(NumberText.Trimmed(ctx.Score.MaxTotal, 2), "");
        var total = new Printed(ctx.Score.TotalText, "");
        table.Row("总分").Text("总分").Merged().Merged().Merged().Merged().Num(weights).Num(total).Empty();
        var scores = ctx.Score.Rows.Select(r => new Printed(r.ScoreText, "")).Prepend(new Printed(exec.ScoreText, "")).ToList();
        var allWeights = ctx.Score.Rows.Select(r => new Printed(r.WeightText, "")).Prepend(weight).ToList();
        table.Claim(new SumClaim(weights, allWeights, true), weights.WithUnit);
        table.Claim(new SumClaim(total, scores, true), total.WithUnit);
        table.Claim(new EqualClaim(total, textScore), total.WithUnit);
        return table;
    }

    /// <summary>A row of the national funds block; only 年度资金总额 carries 分值 and 得分. A source with no money shows 0 and no rate.</summary>
    static List<Printed> FundsRow(ReportContext ctx, DumpTable table, string label, string aspect, BudgetLine b, Printed? weight, Printed? score)
    {
        var initial = ctx.SheetMoney(b.Initial);
        var adjusted = ctx.SheetMoney(b.Adjusted);
        var actual = ctx.SheetMoney(b.Actual);
        var row = table.Row(label).Text(label)
            .Num(initial, "budget.initial", "万元", aspect)
            .Num(adjusted, "budget.adjusted", "万元", aspect)
            .Num(actual, "budget.actual", "万元", aspect);
        if (weight is null) row.Text("—"); else row.Num(weight);
        Printed? rate = null;
        if (b.Adjusted == 0) row.Text("—");
        else
        {
            rate = ctx.Rate(actual, adjusted, "rate." + aspect, label);
            row.Num(rate, "budget.rate", "%", aspect);
        }
        if (score is null) row.Text("—");
        else
        {
            row.Num(score);
            table.Claim(new FundsScoreClaim(rate!, weight!, score), score.WithUnit);
        }
        return [initial, adjusted, actual];
    }

    static List<Printed> BudgetRow(ReportContext ctx, DumpTable table, string label, string aspect, BudgetLine b, string weight, string score)
    {
        var initial = ctx.TableMoney(b.Initial);
        var adjusted = ctx.TableMoney(b.Adjusted);
        var actual = ctx.TableMoney(b.Actual);
        table.Row(label).Text(label)
            .Num(initial, "budget.initial", "万元", aspect)
            .Num(adjusted, "budget.adjusted", "万元", aspect)
            .Num(actual, "budget.actual", "万元", aspect)
            .Text(weight)
            .Num(ctx.Rate(actual, adjusted, "rate." + aspect, label), "budget.rate", "%", aspect)
            .Text(score);
        return [initial, adjusted, actual];
    }

    static TableRow Lead(DumpTable table, Indicator r, Indicator? previous)
    {
        var row = table.Row(r.Level3);
        var sameGroup = previous is not null && previous.Level1 == r.Level1;
        if (sameGroup) row.Merged(); else row.Text(r.Level1);
        if (sameGroup && previous!.Level2 == r.Level2) row.Merged(); else row.Text(r.Level2);
        return row.Text(r.Level3);
    }

    static void Result(TableRow row, Indicator r, string column)
    {
        if (r.Concept is { } concept) row.Num(r.Result, concept, r.Result.Unit, r.Aspect, column);
        else if (r.Result.Claim is not null) row.Num(r.Result, column: column);
        else row.Text(r.Result.WithUnit);
    }

    static void Deviation(TableRow row, Indicator r)
    {
        if (r.Deviation is { } d) row.Num(d); else row.Text(r.DeviationText);
    }

    static void Totals(ReportContext ctx, DumpTable table, Printed textScore, Func<TableRow, TableRow> lead, int emptyBetween, int emptyAfter)
    {
        var weights = new Printed(NumberText.Trimmed(ctx.Score.MaxTotal, 2), "");
        var total = new Printed(ctx.Score.TotalText, "");
        var row = lead(table.Row("合计")).Num(weights);
        for (var i = 0; i < emptyBetween; i++) row.Empty();
        row.Num(total);
        for (var i = 0; i < emptyAfter; i++) row.Empty();
        ScoreClaims(ctx, table, weights, total, textScore);
    }

    static void ScoreClaims(ReportContext ctx, DumpTable table, Printed weights, Printed total, Printed textScore)
    {
        table.Claim(new SumClaim(weights, ctx.Score.Rows.Select(r => new Printed(r.WeightText, "")).ToList(), true), weights.WithUnit);
        table.Claim(new SumClaim(total, ctx.Score.Rows.Select(r => new Printed(r.ScoreText, "")).ToList(), true), total.WithUnit);
        table.Claim(new EqualClaim(total, textScore), total.WithUnit);
    }
}
