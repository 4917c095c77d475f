using System.Globalization;
using System.Text;

namespace PerfEvalIngest.Segmentation;

/// <summary>One line of a jieba user dictionary: a word, and optionally its frequency and part-of-speech tag.</summary>
internal readonly record struct UserDictionaryEntry(string Word, int? Frequency, string? Tag);

/// <summary>
/// Reads jieba's user-dictionary format: UTF-8, one entry per line, "word [frequency] [tag]". The word may contain
/// spaces; a trailing number and a trailing lower-case tag are split off only when they are there, exactly as
/// jieba's pattern <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> splits them, so a dictionary means the same here as there.
/// </summary>
internal static class UserDictionaryReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<UserDictionaryEntry> Read(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path));
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException($"user dictionary {path} must be UTF-8", e);
        }
    }

    public static IReadOnlyList<UserDictionaryEntry> Read(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        try
        {
            return Parse(copy.ToArray());
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDataException("user dictionary must be UTF-8", e);
        }
    }

    /// <summary>
    /// Lines end at LF only, and each is trimmed of ASCII whitespace before decoding, as jieba reads the file in binary.
    /// </summary>
    public static IReadOnlyList<UserDictionaryEntry> Parse(ReadOnlySpan<byte> content)
    {
        var entries = new List<UserDictionaryEntry>();
        foreach (var range in content.Split((byte)'\n'))
        {
            var line = StrictUtf8.GetString(TrimAsciiWhitespace(content[range])).TrimStart('\uFEFF');
            if (line.Length == 0)
                continue;
            entries.Add(ParseLine(line));
        }
        return entries;
    }

    /// <summary>
    /// One line, already trimmed. The pattern's word is lazy, so it takes the longest tail that reads as
    /// " digits", " letters" or " digits letters" and leaves a non-empty word; such a tail is found from the end,
    /// because each part must be a whole run of its characters preceded by a space.
    /// </summary>
    public static UserDictionaryEntry ParseLine(string line)
    {
        if (line.Length == 0)
            throw new FormatException("an empty line is not a user dictionary entry");
        var tagStart = SpacedRunStart(line, line.Length, char.IsAsciiLetterLower);
        var tagEnd = line.Length;
        if (tagStart < 1)
            tagStart = tagEnd; // no tag, or one that would leave the word empty
        var frequencyStart = SpacedRunStart(line, tagStart, char.IsAsciiDigit);
        if (frequencyStart < 1)
            frequencyStart = tagStart;
        var tag = tagStart < tagEnd ? line[(tagStart + 1)..] : null;
        int? frequency = frequencyStart < tagStart ? ParseFrequency(line[(frequencyStart + 1)..tagStart], line) : null;
        return new UserDictionaryEntry(line[..frequencyStart], frequency, tag);
    }

    /// <summary>
    /// Where " run" ends at <paramref name="end"/>: the index of its space, or -1 when the characters before
    /// <paramref name="end"/> are not a non-empty run of <paramref name="member"/> with a space in front.
    /// </summary>
    private static int SpacedRunStart(string line, int end, Func<char, bool> member)
    {
        var start = end;
        while (start > 0 && member(line[start - 1]))
            start--;
        return start < end && start > 0 && line[start - 1] == ' ' ? start - 1 : -1;
    }

    private static int ParseFrequency(string digits, string line)
        => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"frequency out of range in user dictionary entry '{line}'");

    private static ReadOnlySpan<byte> TrimAsciiWhitespace(ReadOnlySpan<byte> bytes)
    {
        static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0B or 0x0C;
        var start = 0;
        var end = bytes.Length;
        while (start < end && IsSpace(bytes[start]))
            start++;
        while (end > start && IsSpace(bytes[end - 1]))
            end--;
        return bytes[start..end];
    }
}
