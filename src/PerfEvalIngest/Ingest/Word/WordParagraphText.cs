using System.Text;
using DocumentFormat.OpenXml;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Complex fields (w:fldChar begin … separate … end) can open in one paragraph and close several paragraphs later
/// — a table of contents always does — so their state lives for the whole read, not per paragraph.
/// </summary>
internal sealed class WordFieldState
{
    private sealed class Frame
    {
        public StringBuilder Instruction { get; } = new();
        public bool InResult { get; set; }
        public bool IsToc { get; set; }
    }

    private const int MaxDepth = 64;
    private readonly Stack<Frame> _frames = new();

    /// <summary>Text is shown only outside fields or in every open field's result part.</summary>
    public bool Visible => _frames.All(f => f.InResult);

    /// <summary>Inside the result of a TOC field: a table-of-contents entry, not body text.</summary>
    public bool InToc => _frames.Any(f => f.IsToc);

    public void Begin()
    {
        if (_frames.Count < MaxDepth) _frames.Push(new Frame());
    }

    public void Instruction(string text)
    {
        if (_frames.TryPeek(out var f) && !f.InResult) f.Instruction.Append(text);
    }

    public void Separate()
    {
        if (!_frames.TryPeek(out var f)) return;
        f.InResult = true;
        f.IsToc = f.Instruction.ToString().TrimStart().StartsWith("TOC", StringComparison.OrdinalIgnoreCase);
    }

    public void End() => _frames.TryPop(out _);
}

/// <summary>What one paragraph's runs print, with the look of its text and the text boxes anchored in it.</summary>
internal sealed record WordRunText(string Text, bool AllBold, decimal? FontSize, bool InToc,
    IReadOnlyList<W.TextBoxContent> TextBoxes);

/// <summary>
/// Collects the text a reader sees in a paragraph: insertions kept and deletions dropped, field results without
/// their instructions, a ruby's base text without its reading, text boxes set aside for the caller to place after
/// the paragraph. Footnote and comment references print nothing here; their text lives in other parts.
/// </summary>
internal sealed class WordParagraphText
{
    private readonly WordStyles _styles;
    private readonly WordFieldState _fields;

    public WordParagraphText(WordStyles styles, WordFieldState fields)
    {
        _styles = styles;
        _fields = fields;
    }

    private sealed class Collector
    {
        public StringBuilder Text { get; } = new();
        public bool AllBold { get; set; } = true;
        public bool AnyText { get; set; }
        public decimal? FontSize { get; set; }
        public bool InToc { get; set; }
        public List<W.TextBoxContent> TextBoxes { get; } = [];
    }

    public WordRunText Read(W.Paragraph paragraph, WordStyle? paragraphStyle)
    {
        var c = new Collector { InToc = _fields.InToc };
        foreach (var child in paragraph.ChildElements) Walk(child, c, paragraphStyle);
        return new WordRunText(c.Text.ToString(), c.AnyText && c.AllBold, c.FontSize, c.InToc, c.TextBoxes);
    }

    private void Walk(OpenXmlElement e, Collector c, WordStyle? paragraphStyle)
    {
        switch (e)
        {
            case W.Run run:
                ReadRun(run, c, paragraphStyle);
                break;
            case W.DeletedRun or W.MoveFromRun or W.ParagraphProperties:
                break;
            case AlternateContent alternate:
                if (PickAlternative(alternate) is { } chosen)
                    foreach (var child in chosen.ChildElements) Walk(child, c, paragraphStyle);
                break;
            case W.Ruby ruby:
                if (ruby.GetFirstChild<W.RubyBase>() is { } rubyBase)
                    foreach (var child in rubyBase.ChildElements) Walk(child, c, paragraphStyle);
                break;
            case DocumentFormat.OpenXml.Math.OfficeMath or DocumentFormat.OpenXml.Math.Paragraph:
                Append(c, e.InnerText, paragraphStyle, null);
                break;
            default:
                // Insertions, hyperlinks, simple fields (their children are the result), content controls,
                // smart tags and custom XML all just wrap runs.
                foreach (var child in e.ChildElements) Walk(child, c, paragraphStyle);
                break;
        }
    }

    private void ReadRun(W.Run run, Collector c, WordStyle? paragraphStyle)
    {
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case W.Text t: Append(c, t.Text, paragraphStyle, run); break;
                case W.TabChar or W.PositionalTab: Append(c, "\t", paragraphStyle, null); break;
                case W.Break or W.CarriageReturn: Append(c, "\n", paragraphStyle, null); break;
                case W.NoBreakHyphen: Append(c, "-", paragraphStyle, run); break;
                case W.FieldChar fc:
                    var kind = fc.FieldCharType?.Value;
                    if (kind == W.FieldCharValues.Begin) _fields.Begin();
                    else if (kind == W.FieldCharValues.Separate) _fields.Separate();
                    else if (kind == W.FieldCharValues.End) _fields.End();
                    if (_fields.InToc) c.InToc = true;
                    break;
                case W.FieldCode code: _fields.Instruction(code.Text); break;
                case W.Drawing or W.Picture or AlternateContent:
                    CollectTextBoxes(child, c.TextBoxes);
                    break;
            }
        }
    }

    private void Append(Collector c, string text, WordStyle? paragraphStyle, W.Run? run)
    {
        if (!_fields.Visible || text.Length == 0) return;
        if (_fields.InToc) c.InToc = true;
        c.Text.Append(text);
        if (run == null || string.IsNullOrWhiteSpace(text)) return;
        c.AnyText = true;
        var props = run.RunProperties;
        var runStyle = _styles.Get(props?.RunStyle?.Val?.Value);
        bool bold = props?.Bold is { } b ? (b.Val?.Value ?? true) : runStyle?.Bold ?? paragraphStyle?.Bold ?? false;
        if (!bold) c.AllBold = false;
        c.FontSize ??= WordStyles.HalfPoints(props?.FontSize?.Val?.Value) ?? runStyle?.FontSize
            ?? paragraphStyle?.FontSize ?? _styles.DefaultFontSize;
    }

    /// <summary>A shape is stored twice (DrawingML and a VML fallback); reading both would print its text twice.</summary>
    internal static OpenXmlElement? PickAlternative(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    internal static void CollectTextBoxes(OpenXmlElement e, List<W.TextBoxContent> found)
    {
        switch (e)
        {
            case W.TextBoxContent box:
                found.Add(box);
                return;
            case AlternateContent alternate:
                if (PickAlternative(alternate) is { } chosen) CollectTextBoxes(chosen, found);
                return;
            default:
                foreach (var child in e.ChildElements) CollectTextBoxes(child, found);
                return;
        }
    }
}
