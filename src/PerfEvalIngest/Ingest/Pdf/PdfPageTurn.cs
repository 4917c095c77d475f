using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// How to turn a page so that its text reads left to right. PdfPig gives positions as the page is shown, so a page
/// with /Rotate, or a landscape table printed sideways on a portrait page, holds its text running up or down the
/// page. The direction most of the page's letters run in is the page's own: positions are turned so that it becomes
/// left to right, and letters running any other way (a stamp, a watermark) are left out.
/// </summary>
internal sealed class PdfPageTurn
{
    private readonly double _width;
    private readonly double _height;

    private PdfPageTurn(TextOrientation orientation, double width, double height)
    {
        Orientation = orientation;
        _width = width;
        _height = height;
    }

    /// <summary>The direction of the page's text, as PdfPig names it.</summary>
    public TextOrientation Orientation { get; }

    /// <summary>The page's height once turned.</summary>
    public double Height => Orientation is TextOrientation.Rotate90 or TextOrientation.Rotate270 ? _width : _height;

    public static PdfPageTurn Of(Page page)
    {
        var counts = new Dictionary<TextOrientation, int>();
        int seen = 0;
        foreach (var letter in page.Letters)
        {
            if (++seen > PdfPageContent.MaxGlyphs) break;
            if (letter.TextOrientation == TextOrientation.Other || string.IsNullOrWhiteSpace(letter.Value)) continue;
            counts[letter.TextOrientation] = counts.GetValueOrDefault(letter.TextOrientation) + 1;
        }
        var orientation = counts.Count == 0 ? TextOrientation.Horizontal
            : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key != TextOrientation.Horizontal).First().Key;
        return new PdfPageTurn(orientation, page.Width, page.Height);
    }

    public PdfPoint Apply(PdfPoint p) => Orientation switch
    {
        // Text running down the page (shown turned a quarter clockwise): its x grows as y falls.
        TextOrientation.Rotate90 => new PdfPoint(_height - p.Y, p.X),
        TextOrientation.Rotate270 => new PdfPoint(p.Y, _width - p.X),
        TextOrientation.Rotate180 => new PdfPoint(_width - p.X, _height - p.Y),
        _ => p,
    };

    public PdfRectangle Apply(PdfRectangle r)
    {
        if (Orientation == TextOrientation.Horizontal) return r;
        var a = Apply(r.BottomLeft);
        var b = Apply(r.TopRight);
        return new PdfRectangle(Math.Min(a.X, b.X), Math.Min(a.Y, b.Y), Math.Max(a.X, b.X), Math.Max(a.Y, b.Y));
    }
}
