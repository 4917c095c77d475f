namespace PerfEvalIngest.Segmentation;

/// <summary>A keyword and its TF-IDF weight.</summary>
public readonly record struct Keyword(string Word, double Weight);
