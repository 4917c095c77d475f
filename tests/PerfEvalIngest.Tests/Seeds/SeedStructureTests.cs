using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Seeds;

/// <summary>The whole outline, the metadata and the tables of each seed report, against what a reader wrote by
/// hand (Seeds/Expected).</summary>
public sealed class SeedStructureTests
{
    [SeedTheory]
    [MemberData(nameof(SeedExpectation.Stems), MemberType = typeof(SeedExpectation))]
    public void Outline_lists_every_heading_in_order_with_level_label_and_title(string stem)
    {
        var expected = SeedExpectation.Load(stem);
        var result = TestPipeline.CheckFile(TestPipeline.SeedPath(stem));

        var actual = result.Structure!.Outline.Select(h => $"{h.Level} {h.Label} {h.Title}").ToList();
        var wanted = expected.Outline.Select(h => $"{h.Level} {h.Label} {h.Title}").ToList();
        Assert.Equal(wanted, actual);
    }

    [SeedTheory]
    [MemberData(nameof(SeedExpectation.Stems), MemberType = typeof(SeedExpectation))]
    public void Metadata_gives_unit_year_and_kind(string stem)
    {
        var expected = SeedExpectation.Load(stem).Metadata;
        var metadata = TestPipeline.CheckFile(TestPipeline.SeedPath(stem)).Structure!.Metadata;
        Assert.Equal((expected.Unit, expected.Year, expected.Kind), (metadata.Unit, metadata.Year, metadata.Kind));
    }

    [SeedFact]
    public void Nanjing_seed_sections_have_their_categories()
    {
        var outline = TestPipeline.CheckFile(TestPipeline.SeedPath("000_3c5d018504183b2f")).Structure!.Outline;
        var top = outline.Where(h => h.Level == 1).Select(h => $"{h.Label}{h.Category}").ToList();
        Assert.Equal(["一、overview", "二、conclusion", "三、performance", "四、problems", "五、measures", "六、other", "附件attachment"], top);
    }

    [SeedFact]
    public void Lost_automatic_numbering_3_is_read_as_level_one()
    {
        var outline = TestPipeline.CheckFile(TestPipeline.SeedPath("001_51313b31403ae784")).Structure!.Outline;
        var heading = Assert.Single(outline, h => h.Title == "部门履职成效");
        Assert.Equal((1, "3、", "3、"), (heading.Level, heading.Label, heading.Path));
        Assert.Equal("3、/（二）", outline.Single(h => h.Title.StartsWith("加强经济运行监测")).Path);
    }

    [SeedTheory]
    [MemberData(nameof(SeedExpectation.Stems), MemberType = typeof(SeedExpectation))]
    public void Tables_have_rows_columns_and_cells_as_read_by_hand(string stem)
    {
        var expected = SeedExpectation.Load(stem);
        var result = TestPipeline.CheckFile(TestPipeline.SeedPath(stem));
        var tables = result.Structure!.Document.Tables.ToList();
        Assert.Equal(expected.Tables?.Count ?? 0, tables.Count);
        foreach (var want in expected.Tables ?? [])
        {
            var table = Assert.Single(tables, t => result.Structure.TableCaptions[t.Id] == want.Caption);
            Assert.Equal((want.Rows, want.Cols), (table.RowCount, table.ColumnCount));
            foreach (var cell in want.Cells)
            {
                var got = table.CellAt(cell.Row, cell.Col);
                Assert.NotNull(got);
                Assert.Equal((cell.Row, cell.Col, cell.Text, cell.RowSpan, cell.ColSpan),
                    (got!.Row, got.Col, got.Text, got.RowSpan, got.ColSpan));
            }
        }
    }

    [SeedFact]
    public void Suzhou_self_evaluation_table_spans_its_category_cells()
    {
        var result = TestPipeline.CheckFile(TestPipeline.SeedPath("002_98fcc12b36c2cf12"));
        var table = result.Structure!.Document.Tables.Single(t => result.Structure.TableCaptions[t.Id] == "部门整体自评表");
        Assert.Equal(("分解目标", 54), (table.CellAt(1, 0)!.Text, table.CellAt(1, 0)!.RowSpan));
        Assert.Equal(("决策", 6), (table.CellAt(1, 1)!.Text, table.CellAt(1, 1)!.RowSpan));
        Assert.Same(table.CellAt(7, 1), table.CellAt(31, 1));          // 过程 covers rows 7…31
        Assert.Equal("过程", table.TextAt(20, 1));
        Assert.Equal("预算执行率", table.TextAt(28, 2));
        Assert.Equal(("=100%", "96.03%", "-3.97%"), (table.TextAt(28, 3), table.TextAt(28, 4), table.TextAt(28, 6)));
    }
}
