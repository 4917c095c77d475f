using System.IO.Compression;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// Rewrites a zip package with every entry dated the same fixed day, in the same order, so that a package
/// written today and one written tomorrow are the same bytes and the committed corpus does not churn.
/// </summary>
static class FixedZip
{
    static readonly DateTimeOffset Stamp = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = Stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}
