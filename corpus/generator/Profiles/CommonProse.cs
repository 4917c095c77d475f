namespace PerfEvalIngest.Corpus.Profiles;

/// <summary>
/// Prose every unit shares: budget and performance-management problems with their matching suggestions,
/// and the paragraphs on how the evaluation was run and how its result is used. Problems and suggestions are
/// paired by index so that a report's suggestions answer its problems, as the rubric asks.
/// Placeholders: {short} the unit's short name, {y} the year evaluated.
/// </summary>
static class CommonProse
{
    public static readonly IReadOnlyList<string> Problems =
    [
        "预算编制的精准度有待提高。部分项目在年初编制预算时对全年工作量测算不够充分，年中追加调整较多，预算调整幅度偏大，预算约束作用未能充分发挥。",
        "绩效目标设置不够细化。个别项目的绩效指标以定性表述为主，可量化的产出和效益指标偏少，指标与资金投入之间的对应关系不够清晰，难以全面反映资金使用效果。",
        "项目支出进度不够均衡。受招标采购、工程验收和结算周期等因素影响，部分项目资金集中在第四季度支付，上半年执行进度偏慢。",
        "资产管理基础工作仍有短板。固定资产卡片信息更新不够及时，部分已达使用年限的办公设备尚未办理报废手续，资产清查盘点的频次有待提高。",
        "政府采购的计划性不够强。个别采购事项未能在年初纳入政府采购预算，临时性采购增加了工作量，采购需求调查和论证还不够充分。",
        "绩效管理专业力量相对薄弱。财务人员身兼多职，对绩效指标设计、数据采集和结果分析掌握不够，业务科室参与绩效管理的主动性不强。",
    ];

    public static readonly IReadOnlyList<string> Suggestions =
    [
        "提高预算编制的科学性。结合以前年度预算执行情况和本年度重点工作，细化测算各项支出，做实做细项目库，从源头上减少年中调整。",
        "完善绩效目标管理。按照可衡量、可考核的要求细化量化绩效指标，建立指标与任务、资金之间的对应关系，加强绩效运行监控。",
        "加快预算执行进度。建立预算执行月度通报机制，对执行进度滞后的项目及时分析原因、督促整改，确保资金按计划支出。",
        "规范资产日常管理。定期开展资产清查盘点，及时更新资产卡片信息，按规定办理资产报废处置，做到账实相符、账卡相符。",
        "加强政府采购管理。在编制年度预算时同步编制采购预算，提前做好采购需求调查和论证，严格执行政府采购程序。",
        "加强绩效管理队伍建设。组织财务人员和业务骨干参加预算绩效管理培训，形成财务牵头、业务科室共同参与的工作格局。",
    ];

    public static readonly IReadOnlyList<string> EvaluationScope =
    [
        "本次评价对象为{short}{y}年度部门整体支出，范围包括基本支出和项目支出的全部资金。评价以预算资金管理为主线，统筹考虑资产管理和业务活动，从运行成本、管理效率、履职效能、社会效益、可持续发展能力和服务对象满意度等方面，衡量部门整体及核心业务的实施效果。",
        "评价范围覆盖{short}{y}年度纳入部门预算管理的全部收支，重点关注预算编制与执行、财务和资产管理、重点任务完成情况以及资金使用效益。",
    ];

    public static readonly IReadOnlyList<string> EvaluationWork =
    [
        "根据财政部门关于开展{y}年度预算绩效自评工作的通知要求，{short}成立了由主要负责人任组长、分管负责人任副组长，财务、办公室及各业务科室负责人为成员的绩效自评工作小组，明确分工，落实责任。",
        "自评工作分为前期准备、组织实施和分析评价三个阶段。工作小组对照评价指标体系，逐项收集预决算资料、业务台账、合同票据和相关佐证材料，对照年初绩效目标逐项核实完成情况，在此基础上进行综合分析和打分，形成自评报告。",
        "自评过程中，工作小组注重财务数据与业务数据相互印证，对指标完成值逐一核对来源，对未达目标的指标认真分析原因，确保自评结果真实、客观、完整。",
    ];

    /// <summary>Why the self-evaluation is done (national outline, 自评目的).</summary>
    public const string NationalPurpose =
        "通过开展绩效自评，全面了解{y}年度资金使用和管理情况，检验年初设定的绩效目标是否实现，总结经验做法，查找存在的问题，为改进资金管理、优化下一年度预算安排提供参考。";

    /// <summary>How a project's self-evaluation was organised (national outline, 组织实施).</summary>
    public static readonly IReadOnlyList<string> ProjectEvaluationWork =
    [
        "{short}成立由分管负责人牵头，财务、项目业务科室人员组成的绩效自评工作组，制定自评工作方案，明确自评范围、方法和时间安排。",
        "工作组对照年初批复的绩效目标和指标，收集项目资金拨付凭证、实施台账、验收资料和满意度调查问卷等佐证材料，逐项核实指标完成值。",
        "在数据核实的基础上，按照项目支出绩效自评表的评分规则逐项打分，分析偏差原因，经单位领导班子审定后形成自评报告。",
    ];

    public static readonly IReadOnlyList<string> ResultUse =
    [
        "{short}将把本次自评结果作为改进预算管理、优化支出结构和安排下一年度预算的重要依据，对自评中发现的问题逐项制定整改措施，明确责任科室和完成时限。",
        "自评报告和自评表经单位领导班子审议后报送主管部门和财政部门，并按照预决算公开的有关规定，随部门决算在单位门户网站向社会公开，主动接受社会监督。",
    ];
}
