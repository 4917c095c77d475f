using PerfEvalIngest.Knowledge;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Checks.Arithmetic;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest;

/// <summary>
/// The facade the command line and tests call: reader → Document → structure → section keywords (the segmenter) →
/// facts → rubric → checks. The
/// stages are registered here in order; each takes one type and returns the next. One pipeline is built once and
/// shared across threads: every stage is immutable after loading.
/// </summary>
public sealed class ReportPipeline
{
    internal IReadOnlyList<IDocumentReader> Readers { get; }
    /// <summary>The tool's version (with its source revision): what --version prints and what a dataset row says wrote
    /// it, so that a rerun reuses a report only from the same tool.</summary>
    public static string Version { get; } =
        typeof(ReportPipeline).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion ?? "unknown";

    // Each stage's knowledge loads on its own task, started when the pipeline is made: a command that checks one
    // file reads it while the rest loads, and asks for a stage only when the document reaches it.
    private readonly Task<StructureAnalyzer> _structure;
    private readonly Task<SectionKeywordExtractor> _keywords;
    private readonly Task<FactExtractor> _facts;
    private readonly Task<RubricCatalog> _rubrics;
    private readonly Task<CheckTolerances> _tolerances;
    private readonly Task<IReadOnlyList<ICheck>> _checks;

    internal StructureAnalyzer Structure => Loaded(_structure);
    internal SectionKeywordExtractor Keywords => Loaded(_keywords);
    internal FactExtractor Facts => Loaded(_facts);

    /// <summary>The rubrics a report can be scored by (<see cref="ReportOptions.Rubric"/> names one of them).</summary>
    public RubricCatalog Rubrics => Loaded(_rubrics);
    internal CheckTolerances Tolerances => Loaded(_tolerances);
    internal IReadOnlyList<ICheck> Checks => Loaded(_checks);

    private ReportPipeline(IReadOnlyList<IDocumentReader> readers, Task<StructureAnalyzer> structure, Task<SectionKeywordExtractor> keywords,
        Task<FactExtractor> facts, Task<RubricCatalog> rubrics, Task<CheckTolerances> tolerances, Task<IReadOnlyList<ICheck>> checks)
    {
        Readers = readers;
        _structure = structure;
        _keywords = keywords;
        _facts = facts;
        _rubrics = rubrics;
        _tolerances = tolerances;
        _checks = checks;
    }

    /// <summary>A stage's knowledge once loaded; a file that failed to load (a broken installation) throws its own
    /// exception, not an aggregate.</summary>
    private static T Loaded<T>(Task<T> loading) => loading.GetAwaiter().GetResult();

    /// <summary>Waits until every stage has loaded: a worker process says it is ready only then, so that the memory a
    /// file may take is counted from a process that holds all its knowledge.</summary>
    internal void AwaitLoaded() => Task.WaitAll(_structure, _keywords, _facts, _rubrics, _tolerances, _checks);

    /// <summary>The segmenter the pipeline reads with: the dictionary shipped under models/jieba/, with the
    /// budget-performance terms unless <paramref name="budgetTerms"/> is off. A missing or damaged data folder throws
    /// the IO error that names the file.</summary>
    public static JiebaSegmenter LoadSegmenter(bool budgetTerms = true)
    {
        var folder = ModelDirectory.File(JiebaFiles.Folder);
        var segmenter = new JiebaSegmenter(JiebaDictionary.Load(folder));
        return budgetTerms ? segmenter.WithBudgetTerms(folder) : segmenter;
    }

    /// <summary>The standard pipeline with every reader and check, loading models/ once; without
    /// <paramref name="learnedModels"/> the structure stage decides kinds and categories by its rules alone.</summary>
    public static ReportPipeline CreateDefault(bool learnedModels = true)
    {
        var segmenter = Task.Run(() => LoadSegmenter());
        var models = Task.Run(async () => learnedModels ? Learning.DocumentClassifiers.Load(await segmenter) : null);
        return new(
        ReaderRegistry.Readers,
        Task.Run(async () => StructureAnalyzer.Load(await models)),
        Task.Run(async () => new SectionKeywordExtractor(TfIdfKeywordExtractor.Load(await segmenter, ModelDirectory.File(JiebaFiles.Folder)))),
        Task.Run(FactExtractor.Load),
        Task.Run(RubricCatalog.Load),
        Task.Run(CheckTolerances.Load),
        Task.Run(DefaultChecks));
    }

    private static IReadOnlyList<ICheck> DefaultChecks() =>
        [
            // Completeness first: a reviewer reads what is missing before what is wrong.
            new CompletenessCheck(),
            new IndicatorTableCheck(),
            new NumberingCheck(),
            // The unit check runs before arithmetic, which skips sums whose parts it flags.
            new UnitCheck(),
            new SumCheck(),
            new TableAlgebraCheck(),
            new BracketedPartsCheck(),
            new ProsePartsCheck(),
            new PartRowsCheck(),
            new ShareCheck(),
            new CountRatioCheck(),
            new RateCheck(),
            new DifferenceCheck(),
            new GrowthCheck(),
            new OutturnDirectionCheck(),
            new DeviationCheck(),
            IndicatorFormulaCheck.Load(),
            new ScoreCheck(),
            new SelfEvaluationTableCheck(),
            new TargetCheck(),
            new IndicatorTargetCheck(),
            new CrossReferenceCheck(),
            new SubjectAmountCheck(),
            TableIdentityCheck.Load(),
            new RestatedCountCheck(),
            new ClaimCheck(),
            new EnumerationCheck(),
            // Editorial slips last: they are the least serious, and a reviewer reads them after the figures.
            EditorialCheck.Load(),
            new StatementYearCheck(),
            OwnYearCheck.Load(),
            new ReasonDirectionCheck(),
            new PairedMarksCheck(),
            new EmptyTableNoteCheck(),
            new SubjectNameCheck(),
        ];

    /// <summary>Formats found in folders and named in the help: every extension a registered reader takes
    /// (<see cref="ReaderRegistry"/>).</summary>
    public static IReadOnlyList<string> ReportExtensions => ReaderRegistry.ReportExtensions;

    /// <summary>Lets the readers of these files, or every reader, start on the thread pool the one-time work their
    /// first read needs (<see cref="IDocumentReader.Prepare"/>: PdfPig's standard-font metrics). Called before
    /// <see cref="CreateDefault"/>, that work goes ahead of loading the knowledge, which a report needs only after it
    /// has been read.</summary>
    public static void PrepareReaders(IEnumerable<string>? paths = null)
    {
        var readers = paths == null ? ReaderRegistry.Readers
            : paths.Select(path => ReaderRegistry.ReaderFor(ReaderRegistry.Readers, path)).OfType<IDocumentReader>().Distinct();
        foreach (var reader in readers) reader.Prepare();
    }

    internal IDocumentReader? ReaderFor(string path) => ReaderRegistry.ReaderFor(Readers, path);

    /// <summary>Reads one file with the reader its extension names, without checking it: the document, or why there is
    /// none (the file cannot be loaded, or no reader takes it). Readers stay inside the library; this is what a caller
    /// that plants faults or measures the readers needs of them.</summary>
    public (Document? Document, string? Problem) Read(string path, long maxBytes)
    {
        var reader = ReaderFor(path);
        var (file, error) = SourceFile.Load(path, maxBytes);
        if (reader == null || file == null) return (null, error?.Message ?? "no reader");
        return (reader.Read(file), null);
    }

    /// <summary>Reads and checks one file with the workbooks that belong to it (<see cref="Submission.Of"/>).
    /// Trouble in the input ends up in <see cref="ReportResult.Error"/>.</summary>
    public ReportResult Run(string path, string name, ReportOptions options) =>
        Run(Submission.Of(path, name), options);

    /// <summary>
    /// Reads and checks one submission: the main file, then each attachment with its own reader, their tables
    /// appended after the main document (<see cref="AttachmentMerger"/>). An attachment that cannot be read never
    /// fails the report: the main document is checked as it is and an <c>extraction</c> warning names the file and
    /// the reason, so a reviewer knows the 自评表 was not looked at.
    /// </summary>
    public ReportResult Run(Submission input, ReportOptions options)
    {
        if (input.Refused != null) return Failed(input.Name, new SourceInfo(input.Path, "", ""), input.Refused);
        var (document, failed) = ReadFile(input.Path, input.Name, options, input.RawPath);
        if (failed != null) return WithUnreadAttachments(failed, input);
        if (input.Attachments.Count == 0) return Run(document!, input.Name, options);
        if (document!.Failed) return WithUnreadAttachments(Run(document, input.Name, options), input);

        var attachments = input.Attachments.Select(a =>
        {
            var (read, error) = ReadFile(a, input.Name, options);
            return new AttachmentDocument(a, read ?? new Document(error!.Source, [], error.Error));
        }).ToList();
        var result = Run(AttachmentMerger.Merge(document, attachments), input.Name, options);
        var problems = attachments
            .Select(a => (a.Path, Error: AttachmentMerger.Problem(a)))
            .Where(p => p.Error != null)
            .Select(p => new Finding("extraction.attachment", Severity.Warning,
                $"附件未能读取，未纳入检查：{Path.GetFileName(p.Path)}（{p.Error!.Message}） / attachment not read, not checked",
                Path.GetFileName(p.Path), null, p.Error.Code, Location.None))
            .ToList();
        return problems.Count == 0 ? result : result with { Findings = [.. result.Findings, .. problems] };
    }

    /// <summary>A main file that could not be read leaves its workbooks unread too: each is named, so that a reviewer
    /// does not take it for checked.</summary>
    private static ReportResult WithUnreadAttachments(ReportResult result, Submission input) =>
        input.Attachments.Count == 0 ? result : result with
        {
            Findings = [.. result.Findings, .. input.Attachments.Select(a => new Finding("extraction.attachment", Severity.Warning,
                $"主文件未能读取，附件未检查：{Path.GetFileName(a)} / the main file could not be read, so its attachment was not checked",
                Path.GetFileName(a), null, "not-read", Location.None))],
        };

    /// <summary>One file through its reader: the document, or the failed result when no reader takes it or the file
    /// cannot be loaded.</summary>
    private (Document? Document, ReportResult? Failed) ReadFile(string path, string name, ReportOptions options, byte[]? rawPath = null)
    {
        var format = Path.GetExtension(path).TrimStart('.').ToLowerInvariant();
        if (SubmissionFiles.IsLockFile(path))
            return (null, Failed(name, new SourceInfo(path, format, ""), ReadError.Unsupported(
                "Office 临时锁定文件（~$ 开头），不是报告；关闭正在编辑的文件后它会消失 / an Office lock file (~$…), not a report")));
        var reader = ReaderFor(path);
        if (reader == null)
            return (null, Failed(name, new SourceInfo(path, format, ""), ReadError.Unsupported(
                $".{format} 文件暂不能读取；请另存为 .docx 或 .txt 后重试 / .{format} is not read by this version; save the report as .docx or .txt")));

        long limit = reader.Format == "txt" ? options.MaxTextBytes : options.MaxBinaryBytes;
        var (file, loadError) = SourceFile.Load(path, limit, rawPath);
        if (file == null) return (null, Failed(name, new SourceInfo(path, reader.Format, ""), loadError!));
        return (reader.Read(file, options.ReadThreads), null);
    }

    /// <summary>Runs the stages after the reader on a document already read.</summary>
    public ReportResult Run(Document document, string name, ReportOptions options)
    {
        var structure = Structure.Analyze(document);
        var keywords = Keywords.Extract(structure);
        var facts = Facts.Extract(structure);
        if (document.Failed && document.Blocks.Count == 0)
            return new ReportResult(name, document.Source, document.Error, structure, facts, null, [], keywords);

        RubricResult? rubric = null;
        var findings = new List<Finding>();
        if (options.RunChecks)
        {
            var chosen = (options.Rubric != null ? Rubrics.Find(options.Rubric) : null) ?? Rubrics.BestMatch(structure);
            rubric = chosen == null ? null : RubricEvaluator.Evaluate(chosen, structure);
            if (chosen == null) findings.Add(NoRubric(structure));
            var context = new CheckContext(facts, Facts.Concepts, Tolerances, rubric);
            foreach (var check in Checks) findings.AddRange(check.Run(context));
            findings.AddRange(document.IssueList.Select(i => new Finding("extraction." + i.Code, i.Minor ? Severity.Info : Severity.Warning,
                i.Message, "", null, null, i.Location)));
        }
        return new ReportResult(name, document.Source, document.Error, structure, facts, rubric, findings, keywords);
    }

    /// <summary>Said once, so the reviewer knows completeness was not judged rather than found complete.</summary>
    private static Finding NoRubric(StructuredDocument structure)
    {
        var m = structure.Metadata;
        return new Finding("completeness.no-rubric", Severity.Info,
            $"没有适用于此类文件的评分规则（{m.DocumentKind}），未检查完整性 / no rubric judges documents of this kind; completeness was not checked",
            m.KindEvidence ?? "", null, m.DocumentKind, Location.None);
    }

    private static ReportResult Failed(string name, SourceInfo source, ReadError error) =>
        new(name, source, error, null, null, null, []);
}
