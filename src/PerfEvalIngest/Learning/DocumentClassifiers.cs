using PerfEvalIngest.Segmentation;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Learning;

/// <summary>
/// The learned models beside the rules (models/ml/classifiers.json): the document-kind model speaks only where no
/// kind rule fired, and the section model replaces the keyword category when it is confident enough. The section
/// model loads in the background from the start; the kind model on first use, so a batch whose documents the rules
/// settle never reads it.
/// </summary>
internal sealed partial class DocumentClassifiers
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(Settings))]
    private sealed partial class DocumentClassifiersJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public sealed record ModelSettings(string File, float MinProbability);

    /// <summary><see cref="ModelKinds"/>: the document kinds whose parts the keyword rules were not written for (the
    /// budget and accounts disclosures and their templates); there the model decides, elsewhere a rule that fired.</summary>
    public sealed record Settings(ModelSettings Kind, ModelSettings Section, IReadOnlyList<string> ModelKinds,
        IReadOnlyList<KindCategories> Categories, IReadOnlyList<string> HeldOutSources);

    /// <summary>The section categories a kind of document has (a self-evaluation has no 名词解释, a disclosure no
    /// 评价结论); a kind not listed may have any.</summary>
    public sealed record KindCategories(IReadOnlyList<string> Kinds, IReadOnlyList<string> Categories);

    private readonly Lazy<LinearTextModel?> _kind;
    private readonly Task<LinearTextModel?> _section;

    public DocumentClassifiers(Settings settings, ClassifierFeatures features, string folder)
    {
        Options = settings;
        Features = features;
        _kind = new(() => LoadIfPresent(Path.Combine(folder, settings.Kind.File)));
        // Every disclosure needs the section model: read in the background from the start, off the report's path.
        _section = Task.Run(() => LoadIfPresent(Path.Combine(folder, settings.Section.File)));
    }

    public Settings Options { get; }

    public ClassifierFeatures Features { get; }

    public const string Folder = "ml";

    public static DocumentClassifiers Load(JiebaSegmenter segmenter) =>
        new(LoadSettings(), new ClassifierFeatures(segmenter), ModelDirectory.File(Folder));

    /// <summary>models/ml/classifiers.json: which model files, and how sure each must be.</summary>
    internal static Settings LoadSettings() => ModelDirectory.LoadJson(o => new DocumentClassifiersJson(o).Settings, Folder, "classifiers.json");

    /// <summary>The kind: the rule's when one fired, else the model's when it is sure enough, else the rule's 'other'.</summary>
    public (string Kind, string? Evidence) Kind(string ruleKind, string? ruleEvidence, Func<TextSample> sample)
    {
        if (ruleEvidence != null || _kind.Value is not { } model) return (ruleKind, ruleEvidence);
        return CombineKind(ruleKind, ruleEvidence, model.Predict([sample()])[0], Options.Kind.MinProbability);
    }

    /// <summary>Each top-level section's category, the rule's (null where no keyword fired) and the model's combined
    /// (<see cref="CombineSection"/>).
    /// The model is neither waited for nor asked when the rules settle every heading.</summary>
    public IReadOnlyList<string> Sections(string kind, IReadOnlyList<string?> ruleCategories, Func<IReadOnlyList<TextSample>> samples)
    {
        bool settled = !Options.ModelKinds.Contains(kind) && ruleCategories.All(r => r != null);
        if (ruleCategories.Count == 0 || settled || _section.GetAwaiter().GetResult() is not { } model)
            return ruleCategories.Select(r => r ?? "other").ToList();
        var predictions = model.Predict(samples());
        return ruleCategories.Select((rule, i) => CombineSection(kind, rule, predictions[i], Options)).ToList();
    }

    public static (string Kind, string? Evidence) CombineKind(string ruleKind, string? ruleEvidence, TextPrediction prediction, float minProbability) =>
        ruleEvidence == null && prediction.Probability >= minProbability
            ? (prediction.Label, $"模型判断（概率 {prediction.Probability.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)}）")
            : (ruleKind, ruleEvidence);

    /// <summary>A keyword rule that fired decides (its words were written for self-evaluation sections), except in
    /// the kinds of <see cref="Settings.ModelKinds"/>; where no rule fired, and in those kinds, the model decides when
    /// it is sure enough.</summary>
    public static string CombineSection(string kind, string? ruleCategory, TextPrediction prediction, Settings settings)
    {
        if (ruleCategory != null && !settings.ModelKinds.Contains(kind)) return ruleCategory;
        // The model's likeliest category among those the kind has.
        var allowed = settings.Categories.FirstOrDefault(c => c.Kinds.Contains(kind))?.Categories;
        var (label, probability) = prediction.All.Where(p => allowed == null || allowed.Contains(p.Label))
            .OrderByDescending(p => p.Probability).ThenBy(p => p.Label, StringComparer.Ordinal).FirstOrDefault();
        return label != null && probability >= settings.Section.MinProbability ? label : ruleCategory ?? "other";
    }

    private static LinearTextModel? LoadIfPresent(string path) => File.Exists(path) ? LinearTextModel.Load(path) : null;
}
