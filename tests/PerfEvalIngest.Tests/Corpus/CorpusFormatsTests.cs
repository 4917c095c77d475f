using PerfEvalIngest.Ingest;
using System.Text.Json;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.Corpus;

/// <summary>
/// Each corpus report exists as text (corpus/reports), as the generator's Word file (corpus/docx) and as that
/// file re-saved by LibreOffice (corpus/docx-lo, made by corpus/make-roundtrip.sh). All three must give the same
/// outline (levels, titles, labels), tables (cells and spans) and facts (concept, value, unit).
/// </summary>
/// <remarks>
/// Two differences are the text dump's, not the reader's, and are mapped before comparing:
/// a heading whose automatic numbering the dump lost prints "3、" in the text but is numbered "三、" in Word (the
/// truth file records that label as <c>docxLabel</c>); and a cell merged across columns ("合计" over three
/// columns) is one cell with a column span in Word but a cell followed by empty cells in the dump, which cannot
/// tell a horizontal merge from empty cells — Word's spans are expanded into empty cells for the comparison.
/// Everything else must agree exactly.
/// </remarks>
public sealed class CorpusFormatsTests(ITestOutputHelper output)
{
    public static TheoryData<string> Reports => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Corpus, "docx"), "*.docx")
        .Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_word_version_says_what_the_text_says(string id) => AssertSame(id, "docx");

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_copy_saved_by_libreoffice_says_what_the_text_says(string id) => AssertSame(id, "docx-lo");

    private void AssertSame(string id, string folder)
    {
        var text = Run(Path.Combine(RepositoryPaths.Corpus, "reports", id + ".txt"));
        var word = Run(Path.Combine(RepositoryPaths.Corpus, folder, id + ".docx"));
        Assert.Null(text.Error);
        Assert.Null(word.Error);

        var wordLabels = WordLabels(id);
        var expectedOutline = text.Structure!.Outline
            .Select(h => (h.Level, Label: wordLabels.GetValueOrDefault((h.Level, h.Label, h.Title), h.Label), h.Title)).ToList();
        var actualOutline = word.Structure!.Outline.Select(h => (h.Level, h.Label, h.Title)).ToList();

        var expectedCells = text.Structure.Document.Tables.Select(Cells).ToList();
        var actualCells = word.Structure.Document.Tables.Select(t => Cells(t, expandColumnSpans: true)).ToList();

        var expectedFacts = text.Facts!.Facts.Select(f => (f.Concept, f.Value, f.Unit)).ToList();
        var actualFacts = word.Facts!.Facts.Select(f => (f.Concept, f.Value, f.Unit)).ToList();

        output.WriteLine($"{folder}/{id}.docx: headings {Agreement(expectedOutline, actualOutline)}, " +
                         $"cells {Agreement(expectedCells.SelectMany(c => c).ToList(), actualCells.SelectMany(c => c).ToList())} " +
                         $"in {actualCells.Count}/{expectedCells.Count} tables, facts {Agreement(expectedFacts, actualFacts)}");

        Assert.NotEmpty(expectedOutline);
        Assert.Equal(expectedOutline, actualOutline);
        Assert.Equal(expectedCells.Count, actualCells.Count);
        for (int i = 0; i < expectedCells.Count; i++) Assert.Equal(expectedCells[i], actualCells[i]);
        Assert.NotEmpty(expectedFacts);
        Assert.Equal(expectedFacts, actualFacts);
    }

    /// <summary>The file alone: the 自评表 workbooks beside the Word files are attachments, compared elsewhere.</summary>
    private static ReportResult Run(string path) => TestPipeline.Instance.Run(new Submission(path, Path.GetFileName(path)), new ReportOptions());

    /// <summary>Labels the Word version shows instead of the text's, from the truth file's docxLabel.</summary>
    private static Dictionary<(int, string, string), string> WordLabels(string id)
    {
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "truth", id + ".json")));
        var labels = new Dictionary<(int, string, string), string>();
        foreach (var h in truth.RootElement.GetProperty("outline").EnumerateArray())
            if (h.TryGetProperty("docxLabel", out var docxLabel))
                labels[(h.GetProperty("level").GetInt32(), h.GetProperty("label").GetString()!, h.GetProperty("title").GetString()!)] =
                    docxLabel.GetString()!;
        return labels;
    }

    private static List<TableCell> Cells(Table table) => Cells(table, false);

    private static List<TableCell> Cells(Table table, bool expandColumnSpans) =>
        table.Cells.SelectMany(c => expandColumnSpans && c.ColSpan > 1 && c.RowSpan == 1
                ? Enumerable.Range(0, c.ColSpan).Select(k => k == 0 ? c with { ColSpan = 1 } : new TableCell(c.Row, c.Col + k, 1, 1, ""))
                : [c])
            .ToList();

    /// <summary>"matched/expected" counting equal items at the same position.</summary>
    private static string Agreement<T>(IReadOnlyList<T> expected, IReadOnlyList<T> actual)
    {
        int equal = expected.Zip(actual).Count(p => EqualityComparer<T>.Default.Equals(p.First, p.Second));
        return $"{equal}/{expected.Count}" + (actual.Count != expected.Count ? $" (read {actual.Count})" : "");
    }
}
