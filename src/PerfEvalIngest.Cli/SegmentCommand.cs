using System.Text;
using System.Text.Unicode;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Cli;

/// <summary>
/// perfeval segment [FILE|-] [--mode precise|full|search] [--no-hmm] [--no-user-dict]
/// Cuts a text into words with the jieba-compatible segmenter and the budget-term user dictionary
/// (models/jieba/userdict-budget.txt; --no-user-dict gives plain jieba 0.42.1 output). One token per line; a
/// backslash, CR, LF or TAB inside a token is written \\, \r, \n or \t so that every line is exactly one token.
/// Exit codes: 0 done, 2 bad usage or unreadable input.
/// </summary>
internal static class SegmentCommand
{
    private const int FlushThreshold = 1 << 16;

    /// <summary>The segment command with its arguments as typed after <c>perfeval segment</c>.</summary>
    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        PerfevalCommandLine.Run(["segment", .. args], stdout, stderr, stdin);

    public static int Execute(string? path, SegmentMode mode, bool hmm, bool userDictionary, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var text = path is null ? WithoutByteOrderMark(stdin.ReadToEnd()) : ReadFile(path, stderr);
        if (text is null)
            return 2;

        JiebaSegmenter segmenter;
        try
        {
            segmenter = ReportPipeline.LoadSegmenter(budgetTerms: userDictionary);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A missing or damaged models/jieba is an installation fault; say which file instead of a stack trace.
            stderr.WriteLine($"perfeval: cannot load the segmentation data: {e.Message}");
            return 2;
        }

        WriteTokens(segmenter.Tokenize(text, mode, hmm), stdout);
        return 0;
    }

    /// <summary>UTF-8 with or without a byte-order mark, else GB18030 (which covers GBK and GB2312).</summary>
    private static string? ReadFile(string path, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Usage.Fail(stderr, $"cannot read {path}: {e.Message}");
            return null;
        }
        ReadOnlySpan<byte> content = bytes;
        if (content.StartsWith("\uFEFF"u8))
            content = content[3..];
        if (Utf8.IsValid(content))
            return Encoding.UTF8.GetString(content);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030").GetString(content);
    }

    /// <summary>A mark read through as text would otherwise come out as a token of its own.</summary>
    private static string WithoutByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static void WriteTokens(IReadOnlyList<Token> tokens, TextWriter stdout)
    {
        // Console.Out flushes on every write; whole chunks keep a long text from costing a system call per token.
        var buffer = new StringBuilder(FlushThreshold + 256);
        foreach (var token in tokens)
        {
            AppendEscaped(buffer, token.Text);
            buffer.Append('\n');
            if (buffer.Length >= FlushThreshold)
            {
                stdout.Write(buffer);
                buffer.Clear();
            }
        }
        stdout.Write(buffer);
        stdout.Flush();
    }

    private static void AppendEscaped(StringBuilder buffer, string text)
    {
        if (text.AsSpan().IndexOfAny("\\\r\n\t") < 0)
        {
            buffer.Append(text);
            return;
        }
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => buffer.Append(@"\\"),
                '\r' => buffer.Append(@"\r"),
                '\n' => buffer.Append(@"\n"),
                '\t' => buffer.Append(@"\t"),
                _ => buffer.Append(c),
            };
        }
    }
}
