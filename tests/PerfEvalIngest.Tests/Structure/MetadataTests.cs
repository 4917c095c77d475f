using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Structure;

/// <summary>Title, unit, year and kind from covers as real disclosures print them.</summary>
public sealed class MetadataTests
{
    [Theory]
    // A cover with its unit after a label: the label is not part of the unit, the field not part of the title.
    [InlineData("上海市普陀区2025年区级部门预算\n预算主管部门：上海市普陀区商务委员会\n一、部门主要职能",
        "上海市普陀区2025年区级部门预算", "上海市普陀区商务委员会", 2025, "department-budget")]
    // A table file: its first table's name is its title, the unit field ends where 单位：万元 begins.
    [InlineData("收支预算总表\n部门：江苏省政协办公厅单位：万元\n\t收入\t金额\n\t一、一般公共预算\t100.00",
        "收支预算总表", "江苏省政协办公厅", null, "department-budget")]
    // The unit after a leading year; a date line is no part of the title.
    [InlineData("2018年度江苏省高级人民法院部门预算公开\n2018年2月24日\n第一部分 部门概况",
        "2018年度江苏省高级人民法院部门预算公开", "江苏省高级人民法院", 2018, "department-budget")]
    // A cover in two lines and a publisher's line after the field.
    [InlineData("江苏省2018年度\n省级部门预算公开报表\n部 门:中共江苏省委办公厅\n江苏省财政厅印制\n一、收支预算总表",
        "江苏省2018年度省级部门预算公开报表", "中共江苏省委办公厅", 2018, "department-budget")]
    [InlineData("上海市普陀区财政局2024年度部门决算\n第一部分 上海市普陀区财政局概况",
        "上海市普陀区财政局2024年度部门决算", "上海市普陀区财政局", 2024, "department-final-accounts")]
    [InlineData("上海市2025年市级单位预算\n预算单位：上海市财政局\n一、单位主要职能",
        "上海市2025年市级单位预算", "上海市财政局", 2025, "unit-budget")]
    [InlineData("洪泽区人民政府2023年政府信息公开工作年度报告\n本报告由淮安市洪泽区人民政府办公室编制。\n一、总体情况",
        "洪泽区人民政府2023年政府信息公开工作年度报告", "洪泽区人民政府", 2023, "other")]
    // A comparison of two years is about the later one.
    [InlineData("宿迁市 政务公开年报比对\n年份: 2023 vs 2024\n一、总体情况", "宿迁市 政务公开年报比对", "宿迁市", 2024, "other")]
    public void Cover_gives_title_unit_year_and_kind(string text, string title, string? unit, int? year, string kind)
    {
        var m = TestPipeline.Check(text).Structure!.Metadata;

        Assert.Equal((title, unit, year, kind), (m.Title, m.Unit, m.Year, m.DocumentKind));
    }

    [Fact]
    public void A_text_without_a_title_has_none()
    {
        var m = TestPipeline.Check("一般公共预算财政拨款支出年初预算为 232.02 万元，支出决算为 219.24 万元，完成年初预算的 94.49%。").Structure!.Metadata;

        Assert.Null(m.Title);
    }

    [Theory]
    [InlineData("澧安县林业局2023年度部门整体支出绩效自评报告", "self-evaluation-department")]
    [InlineData("2023年度农村公路养护项目支出绩效自评报告", "self-evaluation-project")]
    [InlineData("上海市XX局2024年度部门决算", "template")]
    [InlineData("2026年度普陀区部门预算公开情况检查表", "other")]
    public void Titles_say_what_a_document_is(string title, string kind)
    {
        var m = TestPipeline.Check(title + "\n一、基本情况\n正文。").Structure!.Metadata;

        Assert.Equal(kind, m.DocumentKind);
        Assert.NotNull(m.KindEvidence);
    }
}
