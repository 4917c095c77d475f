using System.IO.Compression;
using System.Text;

namespace PerfEvalIngest.Benchmarks.Segmentation;

/// <summary>
/// The text the segmentation benchmarks cut: the file named by PERFEVAL_SEGMENT_TEXT (UTF-8, optionally .gz), else
/// the conformance tests' mixed text, so that compare-throughput.sh can hand every implementation the same file.
/// </summary>
public static class BenchmarkText
{
    public const string EnvironmentVariable = "PERFEVAL_SEGMENT_TEXT";

    public static string Path()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
            return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "PerfEvalIngest.Tests", "Segmentation", "Reference", "mixed-text.txt.gz");
            if (File.Exists(candidate))
                return candidate;
        }
        throw new FileNotFoundException($"set {EnvironmentVariable} to a UTF-8 text file to segment");
    }

    public static string Load()
    {
        var path = Path();
        using var file = File.OpenRead(path);
        using Stream content = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        using var reader = new StreamReader(content, new UTF8Encoding(false));
        return reader.ReadToEnd();
    }

    public static int Utf8Bytes(string text) => Encoding.UTF8.GetByteCount(text);
}
