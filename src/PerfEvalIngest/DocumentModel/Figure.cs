namespace PerfEvalIngest.DocumentModel;

/// <summary>An image in the document, numbered in reading order, with its caption ("图1 项目现场") where one stands
/// next to it, and where it is.</summary>
public sealed record Figure(int Number, string? Caption, Location Location);
