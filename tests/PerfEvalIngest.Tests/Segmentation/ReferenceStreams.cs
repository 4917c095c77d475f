using PerfEvalIngest.Tests.Support;
using System.IO.Compression;
using System.Text;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Tests.Segmentation;

/// <summary>Reads what Reference/make-reference.py wrote and cuts text the way each reference was made.</summary>
internal static class ReferenceStreams
{
    public static readonly string[] Variants = ["raw", "width", "userdict"];
    public static readonly string[] Modes = ["precise-hmm", "precise-nohmm", "full", "search"];

    public static string ReadGzipText(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: false);
        return reader.ReadToEnd();
    }

    /// <summary>Tokens of one reference file; each line is one token with \\, \r, \n, \t escaped.</summary>
    public static string[] ReadTokens(string name, string variant, string mode)
    {
        var text = ReadGzipText(Path.Combine(RepositoryPaths.SegmentationReference, $"{name}.{variant}.{mode}.txt.gz"));
        var lines = text.Split('\n');
        return lines[..^1].Select(Unescape).ToArray();
    }

    /// <summary>
    /// Our tokens in the reference's spelling: the width references hold jieba's output on normalised text, so our
    /// tokens (which keep the original spelling) are normalised before comparing; their offsets are tested apart.
    /// </summary>
    public static string[] Cut(JiebaSegmenter segmenter, string text, string mode)
    {
        var (segmentMode, hmm) = mode switch
        {
            "precise-hmm" => (SegmentMode.Precise, true),
            "precise-nohmm" => (SegmentMode.Precise, false),
            "full" => (SegmentMode.Full, true),
            "search" => (SegmentMode.Search, true),
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };
        return segmenter.Tokenize(text, segmentMode, hmm)
            .Select(t => segmenter.NormalizesWidth ? WidthNormalizer.Normalize(t.Text) : t.Text)
            .ToArray();
    }

    /// <summary>Seeds are read as the reference script reads them: UTF-8, a byte-order mark dropped, line ends untouched.</summary>
    public static string ReadSeed(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryPaths.Seeds, name + ".txt"));
        var offset = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        return new UTF8Encoding(false, true).GetString(bytes, offset, bytes.Length - offset);
    }

    public static string Describe(string[] expected, string[] actual)
    {
        var length = Math.Min(expected.Length, actual.Length);
        var first = 0;
        while (first < length && expected[first] == actual[first])
            first++;
        if (first == length && expected.Length == actual.Length)
            return "identical";
        var from = Math.Max(0, first - 5);
        string Window(string[] tokens) => string.Join(" | ", tokens.Skip(from).Take(12).Select(Escape));
        return $"{expected.Length} expected tokens, {actual.Length} ours; first difference at token {first}\n" +
               $"  jieba: {Window(expected)}\n  ours:  {Window(actual)}";
    }

    private static string Escape(string token)
        => token.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");

    private static string Unescape(string line)
    {
        if (!line.Contains('\\'))
            return line;
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\' || i + 1 == line.Length)
            {
                builder.Append(line[i]);
                continue;
            }
            builder.Append(line[++i] switch
            {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                var other => other,
            });
        }
        return builder.ToString();
    }
}
