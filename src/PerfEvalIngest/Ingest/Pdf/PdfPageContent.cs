using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Core;

namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>What the reader takes from one PDF page: its glyphs and its ruling lines, in page coordinates.</summary>
internal sealed record PdfPageContent(int Number, double Height, IReadOnlyList<PdfGlyph> Glyphs, IReadOnlyList<PdfRuling> Rulings,
    bool Truncated, bool HasImages = false, bool Unmapped = false)
{
    /// <summary>Nothing to read on the page: no glyph but spaces.</summary>
    public bool HasNoText => Glyphs.All(g => g.IsSpace);

    /// <summary>The page shows something that is not text to read: an image (a scan) or characters without a
    /// Unicode map (<see cref="Unmapped"/>, their glyphs dropped). Such a page needs OCR; one without is blank.</summary>
    public bool NeedsOcr => HasNoText && (HasImages || Unmapped);

    /// <summary>Glyphs read per page at most: a real page has a few thousand; more is a hostile or broken file,
    /// and layout work grows with it.</summary>
    public const int MaxGlyphs = 20_000;

    /// <summary>Paths looked at per page at most, for the same reason.</summary>
    public const int MaxPaths = 5_000;

    private const double Thin = 2.5;

    public static PdfPageContent From(Page page)
    {
        var upright = PdfPageTurn.Of(page);
        var glyphs = new List<PdfGlyph>();
        bool truncated = false;
        foreach (var letter in page.Letters)
        {
            if (glyphs.Count >= MaxGlyphs) { truncated = true; break; }
            // Text at another angle than the page's own is a stamp or a watermark, not body text.
            if (letter.TextOrientation != upright.Orientation) continue;
            var box = upright.Apply(letter.BoundingBox);
            var start = upright.Apply(letter.StartBaseLine);
            var end = upright.Apply(letter.EndBaseLine);
            double size = letter.PointSize > 0 ? letter.PointSize : Math.Max(1, box.Height);
            double baseline = start.Y;
            double top = box.Height > 0 ? Math.Max(box.Top, baseline + 0.1) : baseline + 0.8 * size;
            double right = box.Width > 0 ? box.Right : end.X;
            glyphs.Add(new PdfGlyph(PdfGlyphText.Normalize(letter.Value), Math.Min(box.Left, right), right, baseline, top, size, IsBold(letter)));
        }
        // Images tell a scanned page (an image and no text) from a blank one (neither).
        return new PdfPageContent(page.Number, upright.Height, glyphs, RulingsOf(page, upright), truncated,
            HasImages: page.GetImages().Any());
    }

    /// <summary>PdfPig's FontDetails.IsBold is always false: the weight shows in the font name or in text drawn
    /// filled and stroked (synthetic bold).</summary>
    private static bool IsBold(Letter letter)
    {
        var name = letter.FontName ?? "";
        return name.Contains("Bold", StringComparison.OrdinalIgnoreCase) || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase) || letter.RenderingMode == TextRenderingMode.FillThenStroke;
    }

    private static List<PdfRuling> RulingsOf(Page page, PdfPageTurn upright)
    {
        var rulings = new List<PdfRuling>();
        int seen = 0;
        foreach (var path in page.Paths)
        {
            if (++seen > MaxPaths) break;
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not PdfRectangle bounds) continue;
                var r = upright.Apply(bounds);
                if (r.Height <= Thin && r.Width > Thin)
                    rulings.Add(new PdfRuling(true, (r.Top + r.Bottom) / 2, r.Left, r.Right));
                else if (r.Width <= Thin && r.Height > Thin)
                    rulings.Add(new PdfRuling(false, (r.Left + r.Right) / 2, r.Bottom, r.Top));
                else if (path.IsStroked && r.Width > Thin && r.Height > Thin)
                {
                    // A stroked box: its four sides are rulings. Filled boxes are shading, not lines.
                    rulings.Add(new PdfRuling(true, r.Top, r.Left, r.Right));
                    rulings.Add(new PdfRuling(true, r.Bottom, r.Left, r.Right));
                    rulings.Add(new PdfRuling(false, r.Left, r.Bottom, r.Top));
                    rulings.Add(new PdfRuling(false, r.Right, r.Bottom, r.Top));
                }
            }
        }
        return rulings;
    }
}
