using PerfEvalIngest.Ingest.Pdf;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>
/// A table cut by a page break, put together again (<see cref="PdfTable.Append"/>): a row the break cut in two, a
/// fresh row after short cells, a merged cell going on over the break, an empty strip left by a row pushed over.
/// Tables are made by hand: header row, then a last row above the break, then what the next page holds.
/// </summary>
public sealed class PdfTableContinuationTests
{
    private static readonly double[] Columns = [72, 127, 182, 237];

    /// <summary>A table of the given rows (null text: the cell above is merged down into it). <paramref name="foot"/>
    /// names the columns of its last row whose text runs down to the foot, each with the room (points) left on its
    /// last line; <paramref name="top"/> the printed width of the first word of each column of its first row.</summary>
    private static PdfTable Table(string?[][] rows, Dictionary<int, double>? foot = null, Dictionary<int, double>? top = null)
    {
        var cells = new List<TableCell>();
        for (int r = 0; r < rows.Length; r++)
            for (int c = 0; c < rows[r].Length; c++)
            {
                if (rows[r][c] == null) continue;
                int span = 1;
                while (r + span < rows.Length && rows[r + span][c] == null) span++;
                cells.Add(new TableCell(r, c, span, 1, rows[r][c]!));
            }
        var edges = Enumerable.Range(0, rows.Length + 1).Select(i => 700.0 - 20 * i).ToList();
        return new PdfTable(Columns, edges, cells, rows.Length, 3, new PdfTableCut(foot ?? [], top ?? []));
    }

    /// <summary>The columns given, each at the foot with a full last line (no room left).</summary>
    private static Dictionary<int, double> Full(params int[] columns) => columns.ToDictionary(c => c, _ => 0.0);

    [Fact]
    public void A_row_cut_by_the_break_is_one_row_again()
    {
        var above = Table([["三级指标", "分值", "得分"], ["农村公路日常养护", "12", "12"]], Full(0));
        var below = Table([["里程", "", ""], ["修复路面病害", "12", "12"]]);
        var joined = above.Append(below);
        Assert.Equal("三级指标|分值|得分 / 农村公路日常养护里程|12|12 / 修复路面病害|12|12", PdfTableGrid.Of(joined));
    }

    [Fact]
    public void A_fresh_row_under_a_cell_that_ended_short_of_the_foot_stays_a_row()
    {
        // 12 sits at the top of a row made tall by its neighbour, so the 13 below it cannot be its rest.
        var above = Table([["三级指标", "分值", "得分"], ["农村公路日常养护里程", "12", "12"]], Full(0));
        var below = Table([["修复路面", "13", ""]]);
        Assert.Equal("三级指标|分值|得分 / 农村公路日常养护里程|12|12 / 修复路面|13|", PdfTableGrid.Of(above.Append(below)));
    }

    [Fact]
    public void A_fresh_row_whose_every_cell_has_text_stays_a_row_even_under_full_cells()
    {
        var above = Table([["三级指标", "分值", "得分"], ["养护里程", "12", "12"]], Full(0, 1, 2));
        var below = Table([["修复路面", "13", "13"]]);
        Assert.Equal(3, above.Append(below).RowCount);
    }

    [Fact]
    public void A_row_whose_every_cell_goes_on_is_one_row_when_each_next_word_did_not_fit()
    {
        // Cells indented so far that their first line holds one character: "年" | "3" | "4", the rest on the next page.
        var above = Table([["预算执行情况", "年初预算数", "全年执行数"], ["年", "3", "4"]],
            foot: new() { [0] = 4, [1] = 3, [2] = 3 });
        var below = Table([["度资金总额", "867.59", "034.34"], ["其他资金", "18.9", "18.9"]],
            top: new() { [0] = 10.5, [1] = 34, [2] = 34 });
        Assert.Equal("预算执行情况|年初预算数|全年执行数 / 年度资金总额|3867.59|4034.34 / 其他资金|18.9|18.9",
            PdfTableGrid.Of(above.Append(below)));
    }

    [Fact]
    public void A_fresh_row_under_full_cells_stays_a_row_when_its_first_words_would_have_fitted()
    {
        var above = Table([["三级指标", "分值", "得分"], ["养护里程", "5", "5"]], foot: new() { [0] = 20, [1] = 30, [2] = 30 });
        var below = Table([["路面", "3", "3"]], top: new() { [0] = 10.5, [1] = 5.8, [2] = 5.8 });
        Assert.Equal(3, above.Append(below).RowCount);
    }

    [Fact]
    public void A_cell_merged_down_a_group_goes_on_over_the_break()
    {
        var above = Table([["一级指标", "三级指标", "得分"], ["产出指标", "养护里程", "12"]], Full(1));
        // The group cell goes on over two rows of the next page; the row cut in two ends there too.
        var below = Table([["", "（公里）", ""], [null, "修复路面", "13"]]);
        var joined = above.Append(below);
        Assert.Equal("一级指标|三级指标|得分 / 产出指标|养护里程（公里）|12 / 产出指标|修复路面|13", PdfTableGrid.Of(joined));
        Assert.Equal(2, joined.Cells.Single(c => c.Text == "产出指标").RowSpan);
    }

    [Fact]
    public void An_empty_strip_left_by_a_row_pushed_over_whole_is_dropped()
    {
        var above = Table([["三级指标", "分值", "得分"], ["养护里程", "12", "12"]], Full(0, 1, 2));
        var below = Table([["", "", ""], ["修复路面", "13", "13"]]);
        Assert.Equal("三级指标|分值|得分 / 养护里程|12|12 / 修复路面|13|13", PdfTableGrid.Of(above.Append(below)));
    }
}
