namespace PerfEvalIngest.Segmentation;

/// <summary>
/// One word of a segmentation. <see cref="Start"/> and <see cref="End"/> are UTF-16 offsets into the text the caller
/// passed in, and <see cref="Text"/> is that text's own spelling (full-width characters stay full-width even though
/// segmentation looked at their normalised form).
/// </summary>
/// <remarks>
/// Full mode can glue Latin letters and digits that the dictionary split apart into one word, the way jieba does;
/// when such a word skips characters its <see cref="Text"/> is the concatenation of its pieces and is shorter than
/// <see cref="End"/> − <see cref="Start"/>.
/// </remarks>
public readonly record struct Token(string Text, int Start, int End)
{
    public int Length => End - Start;

    public override string ToString() => $"{Text}[{Start},{End})";
}
