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
public static class SegmentCommand
{
    private const int FlushThreshold = 1 << 16;

    public static int Run(IReadOnlyList<string> args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = Parse(args, stderr);
        if (options is null)
            return 2;
        if (options.Help)
        {
            stdout.Write(Help);
            return 0;
        }

        var text = options.Path is null ? WithoutByteOrderMark(stdin.ReadToEnd()) : ReadFile(options.Path, stderr);
        if (text is null)
            return 2;

        JiebaSegmenter segmenter;
        try
        {
            segmenter = new JiebaSegmenter(JiebaDictionary.LoadDefault());
            if (options.UserDictionary)
                segmenter = segmenter.WithBudgetTerms();
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            // A missing or damaged models/jieba is an installation fault; say which file instead of a stack trace.
            stderr.WriteLine($"perfeval: cannot load the segmentation data: {e.Message}");
            return 2;
        }

        WriteTokens(segmenter.Tokenize(text, options.Mode, options.Hmm), stdout);
        return 0;
    }

    private const string Help = """
        perfeval segment [FILE|-] [--mode precise|full|search] [--no-hmm] [--no-user-dict]
            Chinese word segmentation compatible with jieba 0.42.1, one token per line (\\ \r \n \t escaped).
            FILE may be UTF-8 (with or without BOM) or GB18030; without FILE, or with -, standard input is read.
            --mode MODE     precise (default), full (every dictionary word) or search (precise plus sub-words)
            --no-hmm        do not guess words the dictionary lacks
            --no-user-dict  leave out the budget-term dictionary (models/jieba/userdict-budget.txt)

        """;

    private sealed record Options(string? Path, SegmentMode Mode, bool Hmm, bool UserDictionary, bool Help);

    private static Options? Parse(IReadOnlyList<string> args, TextWriter stderr)
    {
        string? path = null;
        var pathSeen = false;
        var mode = SegmentMode.Precise;
        var hmm = true;
        var userDictionary = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? modeName = null;
            if (arg is "-h" or "--help")
                return new Options(null, mode, hmm, userDictionary, Help: true);
            if (arg == "--no-hmm")
                hmm = false;
            else if (arg == "--no-user-dict")
                userDictionary = false;
            else if (arg == "--mode")
            {
                if (i + 1 >= args.Count)
                    return Fail(stderr, "--mode needs a value: precise, full or search");
                modeName = args[++i];
            }
            else if (arg.StartsWith("--mode=", StringComparison.Ordinal))
                modeName = arg["--mode=".Length..];
            else if (arg.StartsWith('-') && arg != "-")
                return Fail(stderr, $"segment: unknown option '{arg}'");
            else if (pathSeen)
                return Fail(stderr, "segment takes at most one file");
            else
            {
                pathSeen = true;
                path = arg == "-" ? null : arg;
            }

            if (modeName is not null)
            {
                SegmentMode? parsed = modeName switch
                {
                    "precise" => SegmentMode.Precise,
                    "full" => SegmentMode.Full,
                    "search" => SegmentMode.Search,
                    _ => null,
                };
                if (parsed is null)
                    return Fail(stderr, $"segment: unknown mode '{modeName}' (precise, full or search)");
                mode = parsed.Value;
            }
        }
        return new Options(path, mode, hmm, userDictionary, Help: false);
    }

    private static Options? Fail(TextWriter stderr, string message)
    {
        Usage.Fail(stderr, message);
        return null;
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
