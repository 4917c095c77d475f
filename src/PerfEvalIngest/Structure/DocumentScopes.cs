using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Structure;

/// <summary>
/// Whose money a document covers — <c>department</c> (a 部门 with its units) or <c>unit</c> (one 单位) — from its
/// kind where the kind says, else from words of models/structure/scopes.json in its title, then its file name. Null
/// when nothing says: a project report or a document of another kind has no scope of its own.
/// </summary>
internal sealed partial class DocumentScopes
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(File))]
    private sealed partial class DocumentScopesJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public sealed record Rule(string Scope, IReadOnlyList<string> Words, IReadOnlyList<string>? Unless);

    private sealed record File(IReadOnlyDictionary<string, string> Kinds, IReadOnlyList<Rule> Rules);

    private readonly File _file;

    private DocumentScopes(File file) => _file = file;

    public static DocumentScopes Load() => new(ModelDirectory.LoadJson(o => new DocumentScopesJson(o).File, "structure", "scopes.json"));

    public string? Of(string documentKind, string? title, string fileName)
    {
        if (_file.Kinds.TryGetValue(documentKind, out var byKind)) return byKind;
        foreach (var text in new[] { title ?? "", fileName })
            foreach (var rule in _file.Rules)
                if (rule.Words.Any(w => text.Contains(w, StringComparison.Ordinal))
                    && rule.Unless?.Any(w => text.Contains(w, StringComparison.Ordinal)) != true)
                    return rule.Scope;
        return null;
    }
}
