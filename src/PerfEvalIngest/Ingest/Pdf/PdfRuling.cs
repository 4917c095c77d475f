namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>A drawn ruling line, horizontal (<see cref="Horizontal"/>: fixed y from <see cref="From"/> to
/// <see cref="To"/> in x) or vertical (fixed x, running in y).</summary>
internal sealed record PdfRuling(bool Horizontal, double At, double From, double To)
{
    public bool Touches(PdfRuling other, double tolerance)
    {
        if (Horizontal == other.Horizontal)
            return Math.Abs(At - other.At) <= tolerance && From <= other.To + tolerance && other.From <= To + tolerance;
        var (h, v) = Horizontal ? (this, other) : (other, this);
        return v.At >= h.From - tolerance && v.At <= h.To + tolerance && h.At >= v.From - tolerance && h.At <= v.To + tolerance;
    }
}
