namespace PerfEvalIngest.Learning;

/// <summary>One example for a text classifier: its label (empty when it is to be predicted), its words (the
/// segmenter's tokens, some with a prefix saying where they came from, joined by spaces) and a short text whose
/// character n-grams are features too (a title, a file name).</summary>
internal sealed class TextSample
{
    public string Label { get; set; } = "";
    public string Words { get; set; } = "";
    public string Chars { get; set; } = "";
}
