using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Structure;

/// <summary>A 目录 stays out of the outline and the title, with or without page numbers.</summary>
public sealed class TableOfContentsTests
{
    [Fact]
    public void Entries_without_page_numbers_end_where_the_body_repeats_the_first()
    {
        var result = TestPipeline.Check("""
            上海市普陀区2025年区级单位预算
            预算单位：上海市普陀区人民政府办公室
            目 录
            一、单位主要职能
            二、单位机构设置
            三、名词解释
              1. 2025年预算单位财务收支预算总表
              2. 2025年预算单位收入预算总表
            一、单位主要职能
            上海市普陀区人民政府办公室是区政府的综合办事机构。
            二、单位机构设置
            本单位内设科室10个。
            三、名词解释
            财政拨款收入：指区级财政当年拨付的资金。
            """);

        Assert.Equal(["一、单位主要职能", "二、单位机构设置", "三、名词解释"],
            result.Structure!.Outline.Select(h => h.Label + h.Title));
        Assert.All(result.Structure.Outline, h => Assert.True(h.Location.Paragraph > 8));
        Assert.Equal("上海市普陀区2025年区级单位预算", result.Structure.Metadata.Title);
        Assert.Equal("上海市普陀区人民政府办公室", result.Structure.Metadata.Unit);
        Assert.DoesNotContain(result.Findings, f => f.Category == "numbering");
    }

    [Fact]
    public void Entries_with_leader_dots_and_page_numbers_are_not_headings()
    {
        var result = TestPipeline.Check("""
            江苏省政协办公厅2018年度部门预算公开
            目  录
            第一部分 部门概况…………………………………………3
            一、主要职能……………………………………………………3
            二、部门机构设置及预算单位构成情况…………………4
            第二部分 2018年度部门预算表 ………………………… 6
            第一部分 部门概况
            一、主要职能
            省政协是我省最广泛的爱国统一战线组织。
            二、部门机构设置及预算单位构成情况
            本部门无下属单位。
            第二部分 2018年度部门预算表
            """);

        Assert.Equal(["第一部分部门概况", "一、主要职能", "二、部门机构设置及预算单位构成情况", "第二部分2018年度部门预算表"],
            result.Structure!.Outline.Select(h => h.Label + h.Title));
        Assert.Equal("江苏省政协办公厅2018年度部门预算公开", result.Structure.Metadata.Title);
    }
}
