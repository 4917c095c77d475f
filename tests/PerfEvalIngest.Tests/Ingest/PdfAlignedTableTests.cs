using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>Tables without rules, found from column alignment (<see cref="PdfAlignedTableFinder"/>), on glyphs
/// placed by hand: 10.5-point text, Chinese characters a full em wide, digits a little over half.</summary>
public sealed class PdfAlignedTableTests
{
    private const double Size = 10.5;

    /// <summary>The glyphs of <paramref name="text"/> printed from <paramref name="x"/> on baseline <paramref name="y"/>.</summary>
    private static IEnumerable<PdfGlyph> Text(string text, double x, double y)
    {
        foreach (char c in text)
        {
            double width = c >= 0x2E80 ? Size : 0.55 * Size;
            yield return new PdfGlyph(c.ToString(), x, x + width, y, y + 0.8 * Size, Size, false);
            x += width;
        }
    }

    /// <summary>Lines of cells: each cell (text, x) on the line's baseline, 14 points below the line before.</summary>
    private static List<PdfGlyph> Lines(double top, params (string Text, double X)[][] lines) =>
        lines.SelectMany((cells, i) => cells.SelectMany(c => Text(c.Text, c.X, top - 14 * i))).ToList();

    [Fact]
    public void Columns_rows_wrapped_cells_and_group_cells_come_out_of_alignment()
    {
        // Columns start at 80, 133 and 186: each cell holds four characters (42 points) and 11 points of padding.
        var glyphs = Lines(700,
            [("表1 绩效指标完成情况（单位：分）", 80)],
            [("一级指标", 80), ("三级指标", 133), ("得分", 186)],
            [("产出指标", 80), ("完成人工", 133), ("5", 186)],
            [("造林", 133)],
            [("新造油茶", 133), ("4.5", 186)],
            [("效益指标", 80), ("森林覆盖", 133), ("7", 186)],
            [("率", 133)]);
        var table = Assert.Single(PdfAlignedTableFinder.Find(glyphs));
        Assert.False(table.Ruled);
        Assert.Equal("一级指标|三级指标|得分 / 产出指标|完成人工造林|5 / 产出指标|新造油茶|4.5 / 效益指标|森林覆盖率|7", PdfTableGrid.Of(table));
        Assert.DoesNotContain(glyphs.Where(g => g.Text == "表"), table.Contains);
    }

    [Fact]
    public void Justified_prose_whose_pieces_end_on_clause_punctuation_is_no_table()
    {
        // 「省检察院本年收入预算合计 17996.68 万元，其中：」 | 「其他资金 15 万元，占 0.08 %；」: stretched lines of a 说明
        // fall apart at wide gaps, but a table's cells do not end on 「，」「：」「；」.
        var glyphs = Lines(700,
            [("本年收入预算合计", 80), ("17996.68万元，其中：", 240)],
            [("一般公共预算收入", 80), ("17981.68万元，占", 240), ("99.92%；", 400)],
            [("其他资金", 80), ("15万元，占", 240), ("0.08%；", 400)],
            [("三、支出预算情况说明", 80)],
            [("本年支出预算合计", 80), ("17996.68万元，其中：", 240)],
            [("基本支出", 80), ("12323.48万元，占", 240), ("68.48%；", 400)]);
        Assert.Empty(PdfAlignedTableFinder.Find(glyphs));
    }

    [Fact]
    public void Short_lines_over_a_table_at_the_top_of_a_page_end_the_paragraph_from_the_page_before()
    {
        // Page 1 ends in a paragraph that runs to the margin; page 2 starts with its last words, then a table, then
        // another paragraph.
        var full = "自评报告和自评表经单位领导班子审议后报送主管部门和财政部门";
        var page1 = Lines(700, [(full, 80)], [(full, 80)]);
        var page2 = Lines(780,
            [("主动接受社会监督。", 80)],
            [("一级指标", 80), ("三级指标", 133), ("得分", 186)],
            [("产出指标", 80), ("完成人工", 133), ("5", 186)],
            [("造林", 133)],
            [("效益指标", 80), ("森林覆盖率", 133), ("7", 186)]);
        page2.AddRange(Text(full, 80, 660));
        var pages = new[] { new PdfPageContent(1, 842, page1, [], false), new PdfPageContent(2, 842, page2, [], false) };
        var blocks = new BlockListBuilder();
        PdfParagraphBuilder.Build(PdfPageLayout.Items(pages), blocks);

        Assert.Equal(full + full + "主动接受社会监督。", blocks.Blocks.OfType<Paragraph>().First().Original);
        var table = Assert.Single(blocks.Blocks.OfType<Table>());
        Assert.Equal(("一级指标", "完成人工造林", 3), (table.TextAt(0, 0), table.TextAt(1, 1), table.RowCount));
    }

    [Fact]
    public void Running_text_with_a_wide_gap_in_one_line_is_no_table()
    {
        var glyphs = Lines(700,
            [("本报告所引用数据截至2024年12月31日，经单位领导班子集体", 80)],
            [("审议后于2025年3月28日报送。", 80)],
            [("联系人：财务科", 80), ("联系电话：0736-3226178", 300)],
            [("自评过程中，工作小组注重财务数据与业务数据相互印证，对指标", 80)]);
        Assert.Empty(PdfAlignedTableFinder.Find(glyphs));
    }

    [Fact]
    public void A_figure_under_a_figure_is_a_new_row_even_in_a_full_column()
    {
        var glyphs = Lines(700,
            [("项目", 80), ("年初预算数", 160), ("执行率", 240)],
            [("合计", 80), ("11013.43", 160), ("95.81%", 240)],
            [("基本支出", 80), ("7207.88", 160), ("97.75%", 240)],
            [("项目支出", 80), ("3805.54", 160), ("92.14%", 240)]);
        var table = Assert.Single(PdfAlignedTableFinder.Find(glyphs));
        Assert.Equal(4, table.RowCount);
        Assert.Equal("合计|11013.43|95.81%", PdfTableGrid.Of(table).Split(" / ")[1]);
    }
}
