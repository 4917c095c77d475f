using System.IO.Packaging;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;

namespace PerfEvalIngest.Ingest;

/// <summary>
/// Opens an Office package read-only from its bytes. By default the SDK (3.x) copies every package opened for reading
/// to a temporary file, so that it can rewrite a malformed hyperlink address that System.IO.Packaging would refuse;
/// that copy is written to disk and deleted again on close, and in a mixed batch the disk waits it caused
/// were a third of the time a core stood idle. The package is opened without it first (the 2.x behaviour, which
/// resolves every part's relationships at once, so a malformed address fails here and not later); a package that
/// fails that way is opened again as the SDK opens it by default, so nothing reads worse than it did.
/// </summary>
internal static class OfficePackageOpening
{
    /// <summary>Read-only without the repair of malformed addresses, and so without the temporary copy.</summary>
    internal static OpenSettings Direct { get; } = new() { AutoSave = false, CompatibilityLevel = CompatibilityLevel.Version_2_20 };

    /// <summary>The SDK's default, for the packages <see cref="Direct"/> refuses.</summary>
    internal static OpenSettings Repairing { get; } = new() { AutoSave = false };

    /// <summary>The package, over a stream of its own on <paramref name="bytes"/> (a memory stream: nothing to release).</summary>
    public static TPackage Open<TPackage>(byte[] bytes, Func<Stream, OpenSettings, TPackage> open)
        where TPackage : OpenXmlPackage
    {
        try
        {
            return open(new MemoryStream(bytes, writable: false), Direct);
        }
        catch (Exception e) when (IsDamage(e))
        {
            return open(new MemoryStream(bytes, writable: false), Repairing);
        }
    }

    public static WordprocessingDocument Word(byte[] bytes) => Open(bytes, (s, o) => WordprocessingDocument.Open(s, false, o));

    public static SpreadsheetDocument Workbook(byte[] bytes) => Open(bytes, (s, o) => SpreadsheetDocument.Open(s, false, o));

    /// <summary>
    /// What damage in a package's bytes throws while it is opened or read: a relationship naming a part the package
    /// lacks fails in the SDK with InvalidOperationException; an attribute that is not the number or value its schema
    /// says (w:val="x") fails when read, with FormatException or OverflowException; a relationship naming an empty or
    /// malformed part fails in System.IO.Packaging with ArgumentException.
    /// </summary>
    public static bool IsDamage(Exception e) =>
        e is FileFormatException or InvalidDataException or XmlException or OpenXmlPackageException
            or InvalidOperationException or FormatException or OverflowException
        || (e is ArgumentException && e.Source is "System.IO.Packaging" or "DocumentFormat.OpenXml" or "DocumentFormat.OpenXml.Framework");
}
