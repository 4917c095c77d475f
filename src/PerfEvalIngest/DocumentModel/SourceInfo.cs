namespace PerfEvalIngest.DocumentModel;

/// <summary>The file a document was read from.</summary>
public sealed record SourceInfo(string Path, string Format, string Sha256, int? Pages = null, string? Encoding = null);
