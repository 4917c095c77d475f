using PerfEvalIngest.Ingest.Text;
using PerfEvalIngest.Evaluation;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Tests.Support;
using Xunit.Abstractions;

namespace PerfEvalIngest.Tests.Corpus;

/// <summary>
/// Recall per planted fault type and false alarms on clean reports, over the clean corpus reports (text, and the
/// same reports in Word) and the seeds where present. A smaller sample than `perfeval eval` runs by default, with
/// the floors enforced.
/// </summary>
public sealed class FaultEvaluationTests(ITestOutputHelper output)
{
    /// <summary>The clean generated reports (their findings count as false alarms) and the seeds where present
    /// (faults are planted into them too; their own findings may be real and do not count).</summary>
    private static IReadOnlyList<FaultEvaluation.Subject> Subjects()
    {
        var subjects = CorpusTruth.All().Where(x => x.Truth.Faults.Count == 0 && x.Truth.SameAs == null)
            .Select(x => new FaultEvaluation.Subject(x.Truth.Id + ".txt", Read(x.ReportPath), Clean: true)).ToList();
        if (RepositoryPaths.SeedsPresent)
            subjects.AddRange(Directory.GetFiles(RepositoryPaths.Seeds, "*.txt").Order(StringComparer.Ordinal)
                .Select(p => new FaultEvaluation.Subject(Path.GetFileName(p), Read(p), Clean: false)));
        return subjects;
    }

    private static Document Read(string path) => TextReportReader.Instance.Read(SourceFile.FromBytes(path, File.ReadAllBytes(path)));

    [Fact]
    public void Planted_faults_are_caught_and_clean_reports_raise_few_alarms()
    {
        var result = new FaultEvaluation(TestPipeline.Instance).Run(Subjects(), sitesPerType: 4);
        output.WriteLine(FaultEvaluation.Format(result));
        foreach (var t in result.Types)
            foreach (var miss in t.Missed.Take(5)) output.WriteLine($"  missed {miss}");
        foreach (var alarm in result.Alarms) output.WriteLine($"  alarm {alarm}");

        Assert.True(result.Planted >= 100, $"only {result.Planted} faults planted");
        Assert.True(result.FalseAlarmsPerReport <= 0.2, $"{result.FalseAlarmsPerReport:F2} false alarms per clean report");
        Assert.All(result.Types.Where(t => t.Planted >= 5), t => Assert.True(t.Recall >= 0.95, $"{t.Type}: recall {t.Recall:P1}"));
    }
}
