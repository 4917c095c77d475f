using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Profiles;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// Builds the 自评表 of a report: process indicators common to every unit, one output indicator per key task,
/// the unit's effect indicators and satisfaction. Weights follow each family's framework and scores follow the
/// results, so the total, the grade and the deviations are all consequences of the figures.
/// </summary>
static class ScoreSheetFactory
{
    /// <summary>Printed figures the process indicators are computed from (the same texts the report prints).</summary>
    public sealed record Inputs(Printed Rate, Printed InService, Printed Authorized, Printed SangongNow, Printed SangongLastYear);

    /// <summary>A level-1 group; Weights, when given, fix each row's points instead of splitting evenly.</summary>
    sealed record Group(string Level1, decimal Weight, List<Func<decimal, Indicator>> Rows, decimal[]? Weights = null);

    public static ScoreSheet Build(ReportContext ctx, Inputs inputs)
    {
        var names = ctx.Plan.Family switch
        {
            Family.Nanjing => new[] { "部门决策", "部门管理", "部门产出", "部门效益", "满意度" },
            Family.Suzhou => ["决策", "过程", "履职", "效益", "满意度"],
            _ => ["决策指标", "过程指标", "产出指标", "效益指标", "满意度指标"],
        };
        var hunan = ctx.Plan.Family == Family.Hunan;
        // The national table (财预〔2020〕10号) and Henan's adaptation score the budget apart, as Hunan does.
        var national = ctx.Plan.Family is Family.National or Family.Henan;
        var scoredApart = hunan || national;
        var groups = new List<Group>();
        if (!scoredApart)
        {
            // Budget execution weighs most among the process indicators, as in the published frameworks.
            groups.Add(new Group(names[0], 10, Decision(ctx, inputs), [3, 2, 3, 2]));
            groups.Add(new Group(names[1], 20, Process(ctx, inputs), [5, 3, 3, 3, 2, 2, 2]));
        }
        // The national table lists a 二级指标's rows together (数量, 质量, 时效, 成本).
        var tasks = national ? ctx.Tasks.OrderBy(t => Array.IndexOf(Dimensions, t.Spec.Dimension)).ToList() : ctx.Tasks;
        groups.Add(new Group(names[2], scoredApart ? 50 : 40, tasks.Select(t => (Func<decimal, Indicator>)(w => TaskRow(ctx, names[2], t, w))).ToList()));
        var effects = national && ctx.Plan.Kind == ReportKind.DepartmentOverall ? DepartmentEffects(ctx, names[3]) : Effects(ctx, names[3]);
        groups.Add(new Group(names[3], scoredApart ? 30 : 20, effects));
        groups.Add(new Group(names[4], 10, [w => Satisfaction(ctx, names[4], w)]));

        var rows = new List<Indicator>();
        foreach (var g in groups)
        {
            var weights = g.Weights?.ToList() ?? Split(g.Weight, g.Rows.Count);
            if (weights.Sum() != g.Weight || weights.Count != g.Rows.Count) throw new InvalidOperationException($"weights of {g.Level1} do not add up");
            rows.AddRange(g.Rows.Select((make, i) => make(weights[i]) with { Level1 = g.Level1 }));
        }
        rows = Deduct(ctx, rows);

        ExecutionScore? execution = null;
        if (hunan)
        {
            // Execution scores by closeness to 100%: under-spending and over-spending both cost points.
            var rate = inputs.Rate.Value;
            var score = Math.Round(10m * Math.Min(rate, 200m - rate) / 100m, 2, MidpointRounding.AwayFromZero);
            execution = new ExecutionScore(10, score);
        }
        else if (national)
        {
            // 财预〔2020〕10号: 得分 = 执行率 × 分值, at most the 分值.
            var score = Math.Round(10m * Math.Min(inputs.Rate.Value, 100m) / 100m, 2, MidpointRounding.AwayFromZero);
            execution = new ExecutionScore(10, score);
        }
        return new ScoreSheet(rows, execution);
    }

    static List<Func<decimal, Indicator>> Decision(ReportContext ctx, Inputs inputs) =>
    [
        w => Quality("目标设定", "绩效目标合理性", "合理", w),
        w => Quality("目标设定", "绩效指标明确性", "明确", w),
        w => Quality("预算编制", "预算编制科学性", "科学", w),
        w =>
        {
            var result = ctx.Share(inputs.InService, inputs.Authorized);
            return new Indicator("", "预算编制", "在职人员控制率", w, w, "<=100%", result)
            { TargetNumber = new Printed("100", "%"), Deviation = ReportContext.Deviation(new Printed("100", "%"), result) };
        },
    ];

    static List<Func<decimal, Indicator>> Process(ReportContext ctx, Inputs inputs) =>
    [
        w =>
        {
            var rate = inputs.Rate.Value;
            var score = Math.Round(w * Math.Min(rate, 200m - rate) / 100m, 2, MidpointRounding.AwayFromZero);
            return new Indicator("", "预算执行", "预算执行率", w, score, "=100%", inputs.Rate)
            {
                TargetNumber = new Printed("100", "%"),
                Deviation = ReportContext.Deviation(new Printed("100", "%"), inputs.Rate),
                Concept = "budget.rate",
                Aspect = "total",
                Note = inputs.Rate.Value < 100 ? "部分项目按进度结算，资金尚未全部支付" : "",
            };
        },
        w =>
        {
            // A target of 0% has no deviation: (x − 0) / 0 is undefined, so the cell shows "—".
            var change = ReportContext.Deviation(inputs.SangongLastYear, inputs.SangongNow);
            ctx.Doc.Trap("zero-target", "“三公经费”变动率");
            return new Indicator("", "预算执行", "“三公经费”变动率", w, w, "<=0%", change) { TargetNumber = new Printed("0", "%") };
        },
        w =>
        {
            // Nothing is carried over when spending reached or passed the budget.
            var balance = ReportContext.Percent(Math.Max(0m, 100m - inputs.Rate.Value));
            return new Indicator("", "预算执行", "结转结余率", w, w, "<=10%", balance)
            { TargetNumber = new Printed("10", "%"), Deviation = ReportContext.Deviation(new Printed("10", "%"), balance) };
        },
        w => Quality("预算管理", "管理制度健全性", "健全", w),
        w => Quality("预算管理", "资金使用合规性", "合规", w),
        w => Quality("预算管理", "预决算信息公开性", "公开", w),
        w => Quality("资产管理", "资产管理规范性", "规范", w),
    ];

    static Indicator Quality(string level2, string level3, string target, decimal weight) =>
        new("", level2, level3, weight, weight, target, new Printed(target, ""));

    static Indicator TaskRow(ReportContext ctx, string level1, TaskOutcome t, decimal weight)
    {
        var spec = t.Spec;
        var cmp = spec.Comparison switch
        {
            Comparison.AtLeast => ctx.Pick([">=", "≥", "不低于"]),
            Comparison.AtMost => ctx.Pick(["<=", "≤", "不高于"]),
            _ => "=",
        };
        var target = new Printed(t.TargetNumber, spec.Unit);
        var result = new Printed(t.ResultNumber, spec.Unit);
        var score = t.Met ? weight : Math.Round(weight * Ratio(t), 2, MidpointRounding.AwayFromZero);
        var note = t.Met
            ? (t.Result != t.Target && spec.Comparison == Comparison.AtLeast ? "超额完成年度任务" : "")
            : spec.MissReason.Length > 0 ? spec.MissReason : "受客观因素影响，未完成年度目标";
        return new Indicator(level1, spec.Dimension, spec.Indicator, weight, score, cmp + target.WithUnit, result)
        {
            TargetNumber = target,
            Deviation = t.Target == 0 ? null : ReportContext.Deviation(target, result),
            Note = note,
        };
    }

    static decimal Ratio(TaskOutcome t) => t.Spec.Comparison == Comparison.AtMost ? t.Target / t.Result : t.Result / t.Target;

    static readonly string[] Dimensions = ["数量指标", "质量指标", "时效指标", "成本指标"];

    static readonly string[] EffectKinds = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"];

    static List<Func<decimal, Indicator>> Effects(ReportContext ctx, string level1) =>
        ctx.Unit.Effects.Take(ctx.Plan.Size == ReportSize.Small ? 2 : ctx.Unit.Effects.Count)
            .OrderBy(e => ctx.Plan.Family is Family.National or Family.Henan ? Array.IndexOf(EffectKinds, e.Level2) : 0)
            .Select(e => (Func<decimal, Indicator>)(w => new Indicator(level1, e.Level2, e.Indicator, w, w, e.Target, new Printed(e.Actual, ""))))
            .ToList();

    /// <summary>
    /// A 部门's effect indicators in the national pattern: 履职效能 (the share of the year's key tasks done), 管理效率
    /// (budget and asset management, judged), then the unit's own social, economic and lasting effects.
    /// </summary>
    static List<Func<decimal, Indicator>> DepartmentEffects(ReportContext ctx, string level1)
    {
        var rows = new List<Func<decimal, Indicator>>
        {
            w =>
            {
                var c = ctx.Completion;
                var target = new Printed("95", "%");
                var met = c.Rate.Value >= 95m;
                var score = met ? w : Math.Round(w * c.Rate.Value / 95m, 2, MidpointRounding.AwayFromZero);
                return new Indicator(level1, "履职效能", "年度重点工作任务完成率", w, score, "≥95%", c.Rate)
                {
                    TargetNumber = target,
                    Note = met ? "" : "个别重点任务受实施条件影响未能按期完成，已纳入下一年度工作计划",
                };
            },
            w => Quality("管理效率", "预算管理规范性", "规范", w) with { Level1 = level1 },
            w => Quality("管理效率", "资产管理规范性", "规范", w) with { Level1 = level1 },
        };
        return rows.Concat(Effects(ctx, level1)).ToList();
    }

    static Indicator Satisfaction(ReportContext ctx, string level1, decimal weight)
    {
        var result = new Printed(NumberText.Fixed(LedgerFactory.Frac(ctx.Rng, 93m, 99.4m), 2), "%");
        var target = new Printed("90", "%");
        return new Indicator(level1, "服务对象满意度指标", ctx.Unit.ServedParty + "满意度", weight, weight, "≥90%", result)
        { TargetNumber = target, Deviation = ReportContext.Deviation(target, result) };
    }

    /// <summary>A reviewer rarely gives full marks on everything: one or two qualitative rows lose a point or half.</summary>
    static List<Indicator> Deduct(ReportContext ctx, List<Indicator> rows)
    {
        var candidates = rows.Select((r, i) => (r, i)).Where(x => Degraded.ContainsKey(x.r.Target) && x.r.Weight >= 2).Select(x => x.i).ToList();
        // A unit that missed targets is usually also marked down on management.
        var struggling = ctx.Plan.Quirks.MissedTargets > 1;
        foreach (var i in ctx.Some(candidates, struggling ? 3 + ctx.Rng.Next(2) : ctx.Rng.Next(1, 3)))
        {
            var r = rows[i];
            var loss = struggling ? ctx.Pick([1m, 1.5m]) : ctx.Pick([0.5m, 1m]);
            rows[i] = r with { Score = r.Weight - loss, Result = new Printed(Degraded[r.Target], ""), Note = "个别环节仍有提升空间" };
        }
        return rows;
    }

    static readonly Dictionary<string, string> Degraded = new()
    {
        ["合理"] = "较合理", ["明确"] = "较明确", ["科学"] = "较科学", ["健全"] = "较健全",
        ["合规"] = "基本合规", ["公开"] = "基本公开", ["规范"] = "较规范",
        ["明显"] = "较明显", ["有效提升"] = "有所提升", ["持续改善"] = "有所改善", ["逐步健全"] = "初步健全",
        ["明显增强"] = "有所增强", ["持续提升"] = "有所提升", ["持续优化"] = "有所优化", ["有效增强"] = "有所增强",
        ["逐步完善"] = "初步完善", ["基本建立"] = "初步建立", ["日益浓厚"] = "较为浓厚", ["持续完善"] = "有所完善",
        ["有效保障"] = "基本保障", ["有效控制"] = "基本控制", ["稳步增强"] = "有所增强", ["明显改善"] = "有所改善",
        ["稳中有升"] = "基本稳定", ["总体稳定"] = "基本稳定",
    };

    /// <summary>Splits a group's weight into whole points, the larger shares going to the later rows.</summary>
    static List<decimal> Split(decimal total, int count)
    {
        var basePart = Math.Floor(total / count);
        var extra = (int)(total - basePart * count);
        return Enumerable.Range(0, count).Select(i => basePart + (i >= count - extra ? 1 : 0)).ToList();
    }
}
