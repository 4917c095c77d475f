using PerfEvalIngest.Output;
using PerfEvalIngest.Output.Export;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>Every table and column the dataset declares has a Chinese name for the export, so an analyst's workbook
/// never shows a bare id for a column of this version.</summary>
public sealed class ColumnNamesTests
{
    [Fact]
    public void Every_column_of_the_schema_has_a_chinese_name()
    {
        var names = ColumnNames.Load();
        var unnamed = DatasetSchema.Tables
            .SelectMany(t => t.Columns.Select(c => (Table: t.Name, Column: c.Name)))
            .Where(x => names.Column(x.Table, x.Column) == x.Column)
            .Select(x => $"{x.Table}.{x.Column}")
            .ToList();
        Assert.Empty(unnamed);
        Assert.All(DatasetSchema.Tables, t => Assert.NotEqual(t.Name, names.Table(t.Name)));
        Assert.Equal("计量单位", names.Column("figures", "unit"));
        Assert.Equal("单位", names.Column("reports", "unit"));
    }
}
