namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// The boundary at which trouble inside one PDF page stops. A damaged file can open cleanly and still make a
/// single page throw (bad font program, broken content stream, missing object) with whatever exception the parser
/// happens to raise; that page is reported and the rest of the document is still read.
/// </summary>
internal static class PdfPageGuard
{
    public static (T? Value, string? Problem) Run<T>(Func<T> read) where T : class
    {
        try
        {
            return (read(), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not StackOverflowException)
        {
            return (null, $"{e.GetType().Name}: {e.Message}");
        }
    }
}
