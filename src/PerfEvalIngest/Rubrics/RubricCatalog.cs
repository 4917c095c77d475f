using System.Text.Json;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Rubrics;

/// <summary>
/// The rubrics of models/rubrics/, and the choice among them: the one whose signature phrases appear most often in
/// the report's headings and table captions, unless the caller names one (an id, or a JSON file of its own).
/// </summary>
public sealed partial class RubricCatalog
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(Rubric))]
    private sealed partial class RubricCatalogJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public IReadOnlyList<Rubric> Rubrics { get; }

    /// <summary>Signature phrases a document of no recognised kind must show before a rubric judges it.</summary>
    private const int MinSignatureHits = 2;

    public RubricCatalog(IReadOnlyList<Rubric> rubrics) => Rubrics = rubrics;

    public static RubricCatalog Load()
    {
        var folder = ModelDirectory.File("rubrics");
        var rubrics = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(LoadFile).ToList();
        return new RubricCatalog(rubrics);
    }

    public static Rubric LoadFile(string path) =>
        ModelDirectory.ReadJson(path, o => new RubricCatalogJson(o).Rubric);

    /// <summary>Resolves --rubric: a known id or a path to a rubric file; null when it is neither.</summary>
    public Rubric? Find(string idOrPath)
    {
        var known = Rubrics.FirstOrDefault(r => r.Id == idOrPath);
        if (known != null) return known;
        return File.Exists(idOrPath) ? LoadFile(idOrPath) : null;
    }

    /// <summary>The rubric that fits the document best among those that judge its kind; null when none does (a
    /// 政府信息公开年报, a notice): another kind's rubric would only report its sections missing.</summary>
    public Rubric? BestMatch(StructuredDocument structure)
    {
        var kind = structure.Metadata.DocumentKind;
        // A document of no recognised kind (no title; a fragment) is judged by the rubric its headings match best,
        // if they match at least two of its signature phrases; one recognised as another kind is not judged.
        bool unrecognised = kind == Structure.DocumentKinds.Other && structure.Metadata.KindEvidence == null;
        var applicable = Rubrics.Where(r => r.AppliesTo.Contains(kind) || unrecognised).ToList();
        if (applicable.Count == 0) return null;
        var texts = structure.Outline.Select(h => h.Title)
            .Concat(structure.TableCaptions.Values.OfType<string>())
            .Append(structure.Metadata.Title ?? "")
            .ToList();
        return applicable
            .Select((r, order) => (Rubric: r, Order: order,
                // The report's own kind (项目支出 or 整体支出, from its title) outweighs any single phrase.
                Hits: r.Signature.Count(s => texts.Any(t => t.Contains(s, StringComparison.Ordinal)))
                      + (r.Kind == structure.Metadata.Kind ? 3 : 0)))
            .Where(x => !unrecognised || x.Hits >= MinSignatureHits)
            .OrderByDescending(x => x.Hits).ThenBy(x => x.Order)
            .Select(x => x.Rubric)
            .FirstOrDefault();
    }
}
