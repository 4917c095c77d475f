using PerfEvalIngest;
using PerfEvalIngest.Output;
using PerfEvalIngest.Tests.Output.Export;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Dataset;

/// <summary>The staging file finds a report's figures, facts, findings and headings by the range of row ids they were
/// added in. A dataset a batch starts from whose rows do not lie report by report (written by other means) is put in
/// order first, so every report keeps its rows, none takes another's, and the completed dataset is in key order.</summary>
public sealed class StagingSpansTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-spans-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static ReportResult Check(string corpusFile) => TestPipeline.CheckFile(Path.Combine(RepositoryPaths.Corpus, "reports", corpusFile));

    private static List<string> Rows(string dataset, string table) =>
        SqliteRows.Query(dataset, $"SELECT report_id || '/' || seq || '/' || COALESCE(label, '') FROM {table} ORDER BY rowid")
            .Select(r => (string)r[0]!).ToList();

    [Fact]
    public void Interleaved_rows_are_put_in_report_order_and_a_replaced_report_leaves_none_behind()
    {
        var hunan = Check("hunan-01.txt");
        var suzhou = Check("suzhou-01.txt");
        var nanjing = Check("nanjing-01.txt");
        var dataset = Path.Combine(_root, "dataset.sqlite");
        DatasetWriter.Write(dataset, [hunan, suzhou]);
        var before = Rows(dataset, "facts");
        Assert.True(hunan.Facts!.Facts.Count > 10 && suzhou.Facts!.Facts.Count > 10);

        // The two reports' facts taking turns: seq 0 of each, then seq 1 of each …
        using (var connection = SqliteRows.Open(dataset))
        using (var interleave = connection.CreateCommand())
        {
            interleave.CommandText = "CREATE TEMP TABLE turns AS SELECT * FROM facts ORDER BY seq, report_id; DELETE FROM facts; " +
                                     "INSERT INTO facts SELECT * FROM temp.turns ORDER BY rowid;";
            interleave.ExecuteNonQuery();
        }
        Assert.NotEqual(before, Rows(dataset, "facts"));

        using (var builder = new DatasetBuilder(dataset))
        {
            builder.Add(nanjing);
            // Checked again: its rows replace those it had, found by their range.
            builder.Add(nanjing);
            builder.Complete();
        }

        var after = Rows(dataset, "facts");
        Assert.Equal(before.Count + nanjing.Facts!.Facts.Count, after.Count);
        var nanjingId = DatasetWriter.ReportId(nanjing);
        Assert.Equal(before, after.Where(r => !r.StartsWith(nanjingId, StringComparison.Ordinal)));
        Assert.Equal(nanjing.Facts.Facts.Select((f, seq) => $"{nanjingId}/{seq}/{f.Label}"),
            after.Where(r => r.StartsWith(nanjingId, StringComparison.Ordinal)));
        // In key order: report, then seq.
        Assert.Equal(after.OrderBy(r => r.Split('/')[0], StringComparer.Ordinal).ThenBy(r => int.Parse(r.Split('/')[1], System.Globalization.CultureInfo.InvariantCulture)), after);
    }

    [Fact]
    public void A_completed_batch_leaves_no_staging_file_nor_log_and_the_next_starts_from_its_dataset()
    {
        var hunan = Check("hunan-01.txt");
        var suzhou = Check("suzhou-01.txt");
        var dataset = Path.Combine(_root, "dataset.sqlite");
        using (var builder = new DatasetBuilder(dataset))
        {
            // Committed rows that are still in the staging file's log when the batch completes.
            for (int i = 0; i < 25; i++) builder.Add(hunan);
            builder.Complete();
        }
        Assert.Equal(["dataset.sqlite"], Directory.EnumerateFiles(_root).Select(Path.GetFileName));
        var first = Rows(dataset, "facts");
        Assert.Equal(hunan.Facts!.Facts.Count, first.Count);

        DatasetWriter.Write(dataset, [suzhou]);
        Assert.Equal(["dataset.sqlite"], Directory.EnumerateFiles(_root).Select(Path.GetFileName));
        var second = Rows(dataset, "facts");
        Assert.Equal(first.Count + suzhou.Facts!.Facts.Count, second.Count);
        Assert.Equal(first, second.Where(r => r.StartsWith(DatasetWriter.ReportId(hunan), StringComparison.Ordinal)));
    }
}
