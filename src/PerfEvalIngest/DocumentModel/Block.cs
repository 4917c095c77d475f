namespace PerfEvalIngest.DocumentModel;

/// <summary>One unit of the document body in reading order: a paragraph or a table.</summary>
public abstract record Block(int Index, Location Location);
