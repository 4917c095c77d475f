using PerfEvalIngest.Output.Export;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>A batch run twice into the same folder — the second run keeping what did not change — exports the same
/// tables with the same row counts, and the same files.</summary>
public sealed class RerunExportTests : IDisposable
{
    private readonly SeedDataset _seeds = new();

    public void Dispose() => _seeds.Dispose();

    [SeedFact]
    public void A_batch_run_twice_exports_the_same_row_counts()
    {
        var first = DatasetExport.Run(_seeds.Dataset, ExportFormat.Csv, Path.Combine(_seeds.Root, "first"));
        var firstXlsx = DatasetExport.Run(_seeds.Dataset, ExportFormat.Xlsx, Path.Combine(_seeds.Root, "first.xlsx"));

        var again = _seeds.Run();
        Assert.All(again, r => Assert.True(r.Reused, $"{r.Name} was checked again"));
        var second = DatasetExport.Run(_seeds.Dataset, ExportFormat.Csv, Path.Combine(_seeds.Root, "second"));
        var secondXlsx = DatasetExport.Run(_seeds.Dataset, ExportFormat.Xlsx, Path.Combine(_seeds.Root, "second.xlsx"));

        Assert.Equal(first.Tables, second.Tables, (a, b) => a.Name == b.Name && a.Rows == b.Rows);
        Assert.Equal(firstXlsx.Tables.Select(t => (t.Name, t.Rows)), secondXlsx.Tables.Select(t => (t.Name, t.Rows)));
        Assert.True(first.Rows > 0);
        foreach (var file in Directory.GetFiles(Path.Combine(_seeds.Root, "first")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_seeds.Root, "second", Path.GetFileName(file))));
    }
}
