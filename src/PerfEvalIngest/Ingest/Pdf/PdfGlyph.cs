namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>One printed character of a PDF page, in page coordinates (y grows upwards), reduced to what layout
/// needs. Kept apart from PdfPig's Letter so the layout code can be tested on hand-made glyphs.</summary>
internal sealed record PdfGlyph(string Text, double Left, double Right, double Baseline, double Top, double Size, bool Bold)
{
    public double CentreX => (Left + Right) / 2;
    public double CentreY => (Baseline + Top) / 2;
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}

/// <summary>A printed line: glyphs on one baseline, left to right, with its text already spaced.</summary>
internal sealed record PdfLine(string Text, double Left, double Right, double Baseline, double Top, double Size, bool Bold)
{
    public double CentreX => (Left + Right) / 2;
}
