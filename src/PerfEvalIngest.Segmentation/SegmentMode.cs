namespace PerfEvalIngest.Segmentation;

/// <summary>The three ways jieba cuts a text.</summary>
public enum SegmentMode
{
    /// <summary>The most probable sequence of words (jieba <c>cut</c>).</summary>
    Precise,

    /// <summary>Every dictionary word found anywhere, overlapping (jieba <c>cut(cut_all=True)</c>).</summary>
    Full,

    /// <summary>Precise words, each preceded by the dictionary words of two and three characters inside it (jieba <c>cut_for_search</c>).</summary>
    Search,
}
