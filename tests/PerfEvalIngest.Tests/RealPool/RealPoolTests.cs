using PerfEvalIngest.Ingest;
using PerfEvalIngest.Batch;
using PerfEvalIngest.Evaluation.Truth;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.RealPool;

/// <summary>
/// The real pool (corpus/real): documents nobody on the team wrote, scored against truth written by reading them.
/// Reading must be right here — every file a report, no internal error, the key figures, title, unit and year — and
/// the table of findings against annotated defects is printed for the record (checks are measured, not yet held to
/// a floor here).
/// </summary>
public sealed class RealPoolTests
{
    private readonly ITestOutputHelper _output;

    public RealPoolTests(ITestOutputHelper output) => _output = output;

    private static readonly Lazy<TruthEvaluation.Result> Result = new(() =>
        new TruthEvaluation(TestPipeline.Instance).Run([RepositoryPaths.RealPool], RepositoryPaths.RealTruth, Environment.ProcessorCount));

    /// <summary>Documents whose cover a text reader cannot read right, each with the reason.</summary>
    private static readonly IReadOnlyDictionary<string, string> MetadataBeyondReading = new Dictionary<string, string>
    {
        ["4588cbbcbd3f"] = "the cover's title is a picture (the text layer holds only the page number); it needs OCR",
        ["e8daf28574b9"] = "a test file whose font is missing: no reader gets its three words",
    };

    [RealPoolFact]
    public void Every_document_is_a_report_and_none_fails_inside_the_tool()
    {
        var result = Result.Value;
        _output.WriteLine(TruthEvaluation.Format(result, details: false));

        Assert.Empty(result.Problems);
        Assert.Empty(result.NotReported);
        Assert.Equal(Directory.EnumerateFiles(RepositoryPaths.RealTruth, "*.json").Count(), result.Scores.Count);
        Assert.DoesNotContain(result.Scores, s => s.ErrorCode == "internal");
    }

    [RealPoolFact]
    public void Files_that_are_documents_are_read_and_the_others_fail_with_the_right_code()
    {
        var wrong = Result.Value.Scores.Where(s => !s.ReadRight && !MetadataBeyondReading.ContainsKey(s.Truth.Id))
            .Select(s => $"{s.Truth.Id} {s.Name}: {s.ErrorCode ?? "ok"}, expected {s.Truth.ExpectedError ?? "ok"}");

        Assert.Empty(wrong);
    }

    [RealPoolFact]
    public void Key_figures_are_read_with_their_value_unit_and_page()
    {
        var scores = Result.Value.Scores;
        int right = scores.Sum(s => s.FiguresRight), total = scores.Sum(s => s.Figures);
        foreach (var s in scores.Where(s => s.FiguresMissed.Count > 0))
            _output.WriteLine($"{s.Truth.Id}: {string.Join("; ", s.FiguresMissed)}");

        Assert.True(total >= 1000, $"{total} key figures in the truth");
        Assert.True(right >= 0.95 * total, $"{right}/{total} key figures read right");
    }

    [RealPoolFact]
    public void Kind_title_unit_and_year_are_right_on_every_document_a_text_reader_can_read()
    {
        var wrong = Result.Value.Scores
            .Where(s => !MetadataBeyondReading.ContainsKey(s.Truth.Id))
            .Where(s => !(s.KindRight && s.TitleRight && s.UnitRight && s.YearRight))
            .Select(s => $"{s.Truth.Id} {s.Name}: kind {s.KindRight} title {s.TitleRight} unit {s.UnitRight} year {s.YearRight}");

        Assert.Empty(wrong);
    }

    [RealPoolFact]
    public void Findings_match_annotated_defects_and_find_most_of_them()
    {
        var scores = Result.Value.Scores;
        int findings = scores.Sum(s => s.Findings), matched = scores.Sum(s => s.Matched);
        int unexplained = scores.Sum(s => s.Unexplained.Count);
        int defects = scores.Sum(s => s.Truth.DefectList.Count), found = scores.Sum(s => s.DefectsFound);

        Assert.True(matched >= 0.90 * findings, $"{matched}/{findings} findings match an annotated defect");
        Assert.True(unexplained <= 0.5 * scores.Count, $"{unexplained} unexplained findings over {scores.Count} documents");
        Assert.True(found >= 0.70 * defects, $"{found}/{defects} annotated defects found");
    }

    [RealPoolFact]
    public void No_blank_page_is_called_a_scan_and_no_contents_line_is_a_heading()
    {
        var scores = Result.Value.Scores;

        Assert.Equal(0, scores.Sum(s => s.BlankPagesCalledScans));
        Assert.Equal(0, scores.Sum(s => s.TocLinesInOutline));
        Assert.True(scores.Sum(s => s.Truth.TocPageList.Count) >= 40, "the truth names the 目录 pages");
    }

    [RealPoolFact]
    public void Blank_pages_are_named_where_they_are()
    {
        var result = new PerfEvalIngest.Batch.BatchRunner(TestPipeline.Instance);
        var missed = new List<string>();
        foreach (var s in Result.Value.Scores.Where(s => s.Truth.BlankPageList.Count > 0))
        {
            var path = Path.Combine(RepositoryPaths.RealPool, s.Truth.File!);
            var report = result.RunOne(new PerfEvalIngest.Ingest.Submission(path, s.Name), new PerfEvalIngest.Batch.BatchOptions());
            var named = report.Findings.Where(f => f.Rule == "extraction.blank-page").Select(f => f.Location.Page).ToHashSet();
            missed.AddRange(s.Truth.BlankPageList.Where(p => !named.Contains(p)).Select(p => $"{s.Truth.Id} page {p}"));
        }

        Assert.Empty(missed);
    }
}
