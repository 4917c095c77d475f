using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

public sealed class TextReportReaderTests
{
    [Fact]
    public void Paragraphs_run_together_with_four_spaces_are_split_and_bookmarks_dropped()
    {
        var doc = TestPipeline.Read("二、年度履职目标完成情况：\n[bookmark: _GoBack]    2022年，中心完成目标。    完成年度目标工作情况：    1.全年组织活动16场。\n");
        Assert.Equal(["二、年度履职目标完成情况：", "2022年，中心完成目标。", "完成年度目标工作情况：", "1.全年组织活动16场。"],
            doc.Paragraphs.Select(p => p.Text));
        Assert.Equal([1, 2, 3, 4], doc.Paragraphs.Select(p => p.Location.Paragraph!.Value));
    }

    [Fact]
    public void Tab_lines_become_a_table_with_vertical_merges_only_in_leading_columns()
    {
        const string dump = "预算信息\n\t项目\n\t年初预算数（万元）\n\t调整数（万元）\n\n\t基本支出\n\t100\n\t5\n\n\t专项租赁费\n\t2.64\n\t\n\n\t\n\t公用经费\n\t3\n\n\n正文继续。\n";
        var doc = TestPipeline.Read(dump);
        var table = Assert.Single(doc.Tables);
        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal("", table.TextAt(2, 2));                        // empty after a figure: genuinely empty
        Assert.Equal(1, table.CellAt(2, 2)!.RowSpan);
        Assert.Equal(("专项租赁费", 2), (table.CellAt(3, 0)!.Text, table.CellAt(2, 0)!.RowSpan));   // leading empty: merged
        Assert.Equal(["预算信息", "正文继续。"], doc.Paragraphs.Select(p => p.Text));
        Assert.Equal("预算信息", table.Caption);
    }

    [Fact]
    public void A_cell_with_an_empty_paragraph_does_not_split_its_row()
    {
        const string dump = "\t\n对应部门主要职责\n\n\t任务名称\n\t完成情况\n\n\t负责成果转化\n\t技术合同认定\n\t登记6750项\n\n\t\n\t政策落实\n\t备案292项\n";
        var table = Assert.Single(TestPipeline.Read(dump).Tables);
        Assert.Equal((3, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(["对应部门主要职责", "任务名称", "完成情况"], Enumerable.Range(0, 3).Select(c => table.TextAt(0, c)));
        Assert.Equal(2, table.CellAt(1, 0)!.RowSpan);
    }

    [Fact]
    public void A_single_row_of_tab_cells_is_a_title_not_a_table()
    {
        var doc = TestPipeline.Read("\t\t2023年度某市某中心\n整体预算绩效自评价报告\n\n一、部门（单位）概况\n");
        Assert.Empty(doc.Tables);
        Assert.Equal(["2023年度某市某中心", "整体预算绩效自评价报告", "一、部门（单位）概况"], doc.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Only_white_space_is_an_empty_report()
    {
        var doc = TestPipeline.Read("  \n\u3000\u3000\n\t\n");
        Assert.Equal("empty", doc.Error?.Code);
    }
}
