using PerfEvalIngest.Batch;
using PerfEvalIngest.Ingest;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PerfEvalIngest.Evaluation.Truth;

/// <summary>
/// Scores the tool on a folder of real documents against a folder of truth files (corpus/real/README.md): every
/// document found under the paths whose sha256 has a truth file is checked through the pipeline as a batch would
/// check it, and scored by <see cref="TruthScorer"/>. A truth file whose document is not among the reports (not
/// found, or read into another report as an attachment) is listed as such.
/// </summary>
public sealed class TruthEvaluation
{
    private readonly ReportPipeline _pipeline;

    public TruthEvaluation(ReportPipeline pipeline) => _pipeline = pipeline;

    /// <summary>An evaluation's scores, read through <see cref="Format"/>; the per-document scores and the truth files'
    /// schema stay inside the library.</summary>
    public sealed record Result
    {
        internal Result(IReadOnlyList<DocumentScore> scores, IReadOnlyList<DocumentTruth> notReported,
            IReadOnlyList<string> withoutTruth, IReadOnlyList<string> problems)
        {
            Scores = scores;
            NotReported = notReported;
            WithoutTruth = withoutTruth;
            Problems = problems;
        }

        internal IReadOnlyList<DocumentScore> Scores { get; }
        internal IReadOnlyList<DocumentTruth> NotReported { get; }
        public IReadOnlyList<string> WithoutTruth { get; }
        public IReadOnlyList<string> Problems { get; }

        /// <summary>Whether any document under the paths had a truth file.</summary>
        public bool AnyScored => Scores.Count > 0 || NotReported.Count > 0;
    }

    public Result Run(IEnumerable<string> paths, string truthFolder, int jobs)
    {
        var problems = new List<string>();
        var truths = DocumentTruth.LoadFolder(truthFolder, problems);
        var (inputs, missing) = InputDiscovery.Discover(paths);
        problems.AddRange(missing.Select(m => $"no such file or folder: {m}"));

        var subjects = inputs.Select(i => (Input: i, Sha: Sha256Of(i.Path))).ToList();
        // A document a batch passes over (one in a hidden folder) is still scored, read on its own, when its truth
        // names where it lies under one of the folders.
        var found = subjects.Select(s => s.Sha).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var attached = inputs.SelectMany(i => i.Attachments).ToHashSet(StringComparer.Ordinal);
        foreach (var truth in truths.Values.Where(t => !found.Contains(t.Sha256) && t.File != null).OrderBy(t => t.Id, StringComparer.Ordinal))
            foreach (var folder in paths.Where(Directory.Exists))
            {
                var candidate = Path.Combine(folder, truth.File!);
                if (!File.Exists(candidate) || attached.Contains(candidate) || Sha256Of(candidate) is not string sha
                    || !sha.Equals(truth.Sha256, StringComparison.OrdinalIgnoreCase)) continue;
                subjects.Add((new Submission(candidate, truth.File!.Replace("/", "__", StringComparison.Ordinal)), sha));
                break;
            }
        var runner = new BatchRunner(_pipeline);
        var scores = new DocumentScore?[subjects.Count];
        Parallel.For(0, subjects.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) }, i =>
        {
            if (subjects[i].Sha is string sha && truths.TryGetValue(sha, out var truth))
                scores[i] = TruthScorer.Score(runner.RunOne(subjects[i].Input, new BatchOptions()), truth);
        });

        var reported = subjects.Select(s => s.Sha).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Result(
            scores.OfType<DocumentScore>().ToList(),
            truths.Values.Where(t => !reported.Contains(t.Sha256)).OrderBy(t => t.Id, StringComparer.Ordinal).ToList(),
            subjects.Where(s => s.Sha == null || !truths.ContainsKey(s.Sha)).Select(s => s.Input.Name).ToList(),
            problems);
    }

    private static string? Sha256Of(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The table a person reads: one row per document, then the totals as ratios.</summary>
    public static string Format(Result result, bool details)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine("| document | kind | read | kind ok | title | unit | year | findings | matched | unexplained | defects found | figures right | 目录 in outline |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var s in result.Scores.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            sb.AppendLine(inv, $"| {s.Truth.Id} {Short(s.Name)} | {s.Truth.Kind} | {(s.ReadRight ? "✓" : "✗ " + (s.ErrorCode ?? "ok"))} | {Mark(s.KindRight)} | {Mark(s.TitleRight)} | {Mark(s.UnitRight)} | {Mark(s.YearRight)} | {s.Findings} | {s.Matched} | {s.Unexplained.Count} | {s.DefectsFound}/{s.Defects} | {s.FiguresRight}/{s.Figures} | {s.TocLinesInOutline} |");
            if (!details) continue;
            foreach (var u in s.Unexplained) sb.AppendLine(inv, $"|   unexplained: {Cell(u)} |||||||||||||");
            foreach (var m in s.DefectsMissed) sb.AppendLine(inv, $"|   missed: {Cell(m)} |||||||||||||");
            foreach (var f in s.FiguresMissed) sb.AppendLine(inv, $"|   figure not read: {Cell(f)} |||||||||||||");
        }
        foreach (var t in result.NotReported)
            sb.AppendLine(inv, $"| {t.Id} {Short(t.File ?? "")} | {t.Kind} | ✗ no report | | | | | | | | 0/{t.DefectList.Count} | 0/{t.FigureList.Count} | |");

        var all = result.Scores;
        int docs = all.Count + result.NotReported.Count;
        int findings = all.Sum(s => s.Findings), matched = all.Sum(s => s.Matched), unexplained = all.Sum(s => s.Unexplained.Count);
        int defects = all.Sum(s => s.Defects) + result.NotReported.Sum(t => t.DefectList.Count);
        int found = all.Sum(s => s.DefectsFound);
        int figures = all.Sum(s => s.Figures) + result.NotReported.Sum(t => t.FigureList.Count);
        int figuresRight = all.Sum(s => s.FiguresRight);
        sb.AppendLine();
        sb.AppendLine(inv, $"documents scored: {docs} ({result.NotReported.Count} without a report of their own; {result.WithoutTruth.Count} files without truth)");
        sb.AppendLine(inv, $"read as expected: {all.Count(s => s.ReadRight)}/{docs}; internal errors: {all.Count(s => s.ErrorCode == "internal")}");
        sb.AppendLine(inv, $"kind right: {all.Count(s => s.KindRight)}/{docs}; title: {all.Count(s => s.TitleRight)}/{docs}; unit: {all.Count(s => s.UnitRight)}/{docs}; year: {all.Count(s => s.YearRight)}/{docs}; scope: {all.Count(s => s.ScopeRight)}/{docs}");
        sb.AppendLine(inv, $"findings (errors and warnings): {findings}; matched to a defect: {matched} ({Ratio(matched, findings)}); unexplained: {unexplained} ({(docs == 0 ? 0 : (double)unexplained / docs):0.00} per document)");
        sb.AppendLine(inv, $"defects found: {found}/{defects} ({Ratio(found, defects)})");
        sb.AppendLine(inv, $"key figures read right (value, unit, page): {figuresRight}/{figures} ({Ratio(figuresRight, figures)})");
        sb.AppendLine(inv, $"目录 lines in outlines: {all.Sum(s => s.TocLinesInOutline)}; blank pages called scans: {all.Sum(s => s.BlankPagesCalledScans)}");
        sb.AppendLine();
        sb.AppendLine("| source | documents | findings | matched | unexplained per document | defects found | key figures right |");
        sb.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var source in all.GroupBy(s => SourceOf(s.Truth)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int n = source.Count(), f = source.Sum(s => s.Findings), m = source.Sum(s => s.Matched), u = source.Sum(s => s.Unexplained.Count);
            int d = source.Sum(s => s.Defects), df = source.Sum(s => s.DefectsFound), k = source.Sum(s => s.Figures), kr = source.Sum(s => s.FiguresRight);
            sb.AppendLine(inv, $"| {source.Key} | {n} | {f} | {m} ({Ratio(m, f)}) | {(double)u / n:0.00} | {df}/{d} ({Ratio(df, d)}) | {kr}/{k} ({Ratio(kr, k)}) |");
        }
        foreach (var p in result.Problems) sb.AppendLine(inv, $"problem: {p}");
        return sb.ToString();
    }

    /// <summary>Where a document comes from: the first folder of its truth's file (the repository it was laid out from).</summary>
    private static string SourceOf(DocumentTruth truth) => truth.File?.Split('/')[0] ?? "(unknown)";

    private static string Mark(bool ok) => ok ? "✓" : "✗";
    private static string Ratio(int a, int b) => b == 0 ? "n/a" : ((double)a / b).ToString("0.000", CultureInfo.InvariantCulture);
    private static string Short(string name) => name.Length <= 48 ? name : "…" + name[^47..];
    private static string Cell(string text) => text.Replace("|", "¦", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
