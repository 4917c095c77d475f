namespace PerfEvalIngest.Corpus.Profiles;

/// <summary>
/// An invented public body: what it does and what it reports on. All prose is data so that templates stay
/// about structure and a new unit is a new data file.
/// </summary>
sealed record UnitProfile
{
    public required string Name { get; init; }
    public required string ShortName { get; init; }
    public required string Supervisor { get; init; }
    /// <summary>行政机关 report only fiscal income; 事业单位 may also have 事业收入.</summary>
    public required bool IsAgency { get; init; }
    /// <summary>One or two sentences: what kind of body it is, under whom, since when.</summary>
    public required string Profile { get; init; }
    public required IReadOnlyList<string> Functions { get; init; }
    public required IReadOnlyList<string> Departments { get; init; }
    /// <summary>Short names of the medium-term goals, listed before a count ("聚焦A、B、C三大目标").</summary>
    public required IReadOnlyList<string> Goals { get; init; }
    /// <summary>Medium-term goal paragraph; {goals} is replaced by the listed goals and their count.</summary>
    public required string MidTermGoal { get; init; }
    public required IReadOnlyList<TaskSpec> Tasks { get; init; }
    public required IReadOnlyList<EffectSpec> Effects { get; init; }
    /// <summary>Who is asked about satisfaction (服务对象, 辖区群众, 经营主体).</summary>
    public required string ServedParty { get; init; }
    public required IReadOnlyList<string> Problems { get; init; }
    public required IReadOnlyList<string> Suggestions { get; init; }
    /// <summary>Project lines of the budget (项目支出 by project).</summary>
    public required IReadOnlyList<string> Projects { get; init; }
    /// <summary>Prefix of the unit's document numbers, e.g. "泓农技发" in 泓农技发〔2023〕12号.</summary>
    public required string DocPrefix { get; init; }
    public required string Phone { get; init; }
    /// <summary>For project reports: the project evaluated.</summary>
    public ProjectSpec? Project { get; init; }
    /// <summary>Scale of annual spending in 元 (min, max) at the medium size.</summary>
    public required (long Min, long Max) Spending { get; init; }
}

enum Comparison { AtLeast, Equal, AtMost }

/// <summary>
/// A key task: a line of the 年度重点任务 table, a sentence of the 履职成效 and a row of the 自评表.
/// Sentence placeholders: {v} result with unit, {t} target with unit, {vw} result in 万 with one decimal,
/// {n:a-b} a random whole number, {d:a-b} a random one-decimal number, {oa}/{ob} two overlapping
/// sub-counts of the result, {y} the year; [[type:text]] marks a trap (text may hold placeholders).
/// </summary>
sealed record TaskSpec
{
    public required string Duty { get; init; }
    public required string Name { get; init; }
    public required string Theme { get; init; }
    public required string Indicator { get; init; }
    /// <summary>二级指标 of the output: 数量指标, 质量指标, 时效指标, 成本指标.</summary>
    public string Dimension { get; init; } = "数量指标";
    public required string Unit { get; init; }
    public required decimal Target { get; init; }
    public Comparison Comparison { get; init; } = Comparison.AtLeast;
    public int Decimals { get; init; }
    /// <summary>Range of result/target; below 1 the target is missed and the score reduced.</summary>
    public (decimal Lo, decimal Hi) Ratio { get; init; } = (1.02m, 1.22m);
    public required string Sentence { get; init; }
    /// <summary>Further sentence(s) of the 履职成效 (no figures that need checking).</summary>
    public string Detail { get; init; } = "";
    /// <summary>Why the target was missed and what will be done, for the 自评表's 偏差原因分析及改进措施 (empty: a generic reason).</summary>
    public string MissReason { get; init; } = "";
}

/// <summary>A qualitative effect indicator (社会效益指标 …) and the sentence that reports it.</summary>
sealed record EffectSpec(string Level2, string Indicator, string Target, string Actual, string Sentence);

/// <summary>
/// A project evaluated on its own (项目支出绩效自评). The unit's Projects list then names the project's spending
/// components; Sources name the two funding sources (the first is the larger).
/// </summary>
sealed record ProjectSpec(
    string Name,
    string Background,
    IReadOnlyList<string> Sources,
    string Organisation,
    string Management,
    string FundManagement)
{
    /// <summary>Share of the year's new funds that is not 当年财政拨款 (单位自筹, 社会资金): 其他资金 in the national 自评表.</summary>
    public decimal OtherShare { get; init; }
    /// <summary>The project's overall goal (总体目标), for the national outline and the 自评表's 年度总体目标.</summary>
    public string Goal { get; init; } = "";
    /// <summary>What worked (主要经验及做法), for the national outline.</summary>
    public IReadOnlyList<string> Experience { get; init; } = [];
}
