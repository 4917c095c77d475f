using System.Buffers;

namespace PerfEvalIngest.Knowledge;

/// <summary>
/// Characters every match of a pattern must contain, read off the pattern itself, so a text without them is not
/// scanned at all. The patterns of models/ are searched in every paragraph, and the regular-expression interpreter tests
/// each character of a text against a pattern's first characters one by one when they are not ASCII.
/// </summary>
/// <remarks>
/// Only what is certain is read: the pattern must be one sequence at its top level (no <c>|</c> outside a group), and
/// only its top-level literal characters and character classes of listed characters count, each unless a quantifier
/// lets it match nothing (<c>?</c>, <c>*</c>, <c>{0,…}</c>). Groups — alternatives, lookarounds, backreferences — and
/// escapes of letters (<c>\d</c>, <c>\s</c>, <c>\u4e00</c>) are passed over, as is a negated class; a pattern with
/// inline options is not read at all. Passing over is always safe: it only means fewer texts are skipped.
/// </remarks>
internal static class RequiredCharacters
{
    /// <summary>For each character a match needs, the characters that can stand there; empty when nothing is certain.</summary>
    public static IReadOnlyList<SearchValues<char>> Of(string pattern) =>
        Atoms(pattern) is { } atoms ? atoms.Select(a => SearchValues.Create(a)).ToArray() : [];

    /// <summary>Whether <paramref name="text"/> holds a character of every set in <paramref name="required"/>.</summary>
    public static bool MayMatch(ReadOnlySpan<char> text, IReadOnlyList<SearchValues<char>> required)
    {
        foreach (var set in required)
            if (!text.ContainsAny(set)) return false;
        return true;
    }

    /// <summary>The top-level mandatory atoms as their characters, or null when the pattern cannot be read safely.</summary>
    internal static List<string>? Atoms(string pattern)
    {
        var atoms = new List<string>();
        var i = 0;
        while (i < pattern.Length)
        {
            string? atom;
            var c = pattern[i];
            switch (c)
            {
                case '|':
                    return null;
                case '(':
                    // Inline options such as (?i) change how the rest is read.
                    if (pattern.AsSpan(i).StartsWith("(?") && i + 2 < pattern.Length && "imnsx-".Contains(pattern[i + 2]))
                        return null;
                    if (GroupEnd(pattern, i) is not { } end) return null;
                    atom = null;
                    i = end;
                    break;
                case '[':
                    if (ClassEnd(pattern, i, out var members) is not { } classEnd) return null;
                    atom = members;
                    i = classEnd;
                    break;
                case '\\':
                    if (EscapeLength(pattern, i) is not (> 0 and var length)) return null;
                    atom = char.IsAsciiLetterOrDigit(pattern[i + 1]) ? null : pattern[i + 1].ToString();
                    i += length;
                    break;
                case '.' or '^' or '$':
                    atom = null;
                    i++;
                    break;
                case '?' or '*' or '+' or '{' or ')' or ']':
                    // A quantifier with nothing before it, or a stray closer: not a pattern read here.
                    return null;
                default:
                    atom = c.ToString();
                    i++;
                    break;
            }
            var (optional, next) = Quantifier(pattern, i);
            if (next < 0) return null;
            i = next;
            if (atom is { Length: > 0 } && !optional) atoms.Add(atom);
        }
        return atoms;
    }

    /// <summary>Whether a quantifier at <paramref name="at"/> lets the atom before it match nothing, and where the
    /// pattern goes on; -1 for a quantifier not read here.</summary>
    private static (bool Optional, int Next) Quantifier(string pattern, int at)
    {
        if (at >= pattern.Length) return (false, at);
        int next;
        bool optional;
        switch (pattern[at])
        {
            case '?' or '*':
                optional = true;
                next = at + 1;
                break;
            case '+':
                optional = false;
                next = at + 1;
                break;
            case '{':
                var close = pattern.IndexOf('}', at);
                if (close < 0) return (false, at);     // a literal brace, which .NET reads as itself
                var bounds = pattern[(at + 1)..close].Split(',');
                if (bounds.Length > 2 || !int.TryParse(bounds[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var min))
                    return (false, -1);
                optional = min == 0;
                next = close + 1;
                break;
            default:
                return (false, at);
        }
        // A lazy or possessive mark changes how much is taken, not whether the atom may be absent.
        if (next < pattern.Length && pattern[next] is '?' or '+') next++;
        return (optional, next);
    }

    /// <summary>How many characters the escape at <paramref name="at"/> spans, its backslash included: a symbol is
    /// itself, and <c>\u0041</c>, <c>\x41</c>, <c>\cA</c>, <c>\p{L}</c>, <c>\k&lt;name&gt;</c> and <c>\12</c> are
    /// read whole, so that what follows the backslash is never taken for literal characters. -1 for an escape not
    /// read here.</summary>
    private static int EscapeLength(string pattern, int at)
    {
        if (at + 1 >= pattern.Length) return -1;
        var length = pattern[at + 1] switch
        {
            'u' => 6,
            'x' => 4,
            'c' => 3,
            'p' or 'P' when at + 2 < pattern.Length && pattern[at + 2] == '{' => pattern.IndexOf('}', at) is > 0 and var close ? close - at + 1 : -1,
            'k' when at + 2 < pattern.Length && pattern[at + 2] is '<' or '\'' =>
                pattern.IndexOf(pattern[at + 2] == '<' ? '>' : '\'', at + 3) is > 0 and var close ? close - at + 1 : -1,
            >= '0' and <= '9' => 2 + Digits(pattern.AsSpan(at + 2)),
            'd' or 'D' or 's' or 'S' or 'w' or 'W' or 'b' or 'B' or 'A' or 'z' or 'Z' or 'G' or 'a' or 'e' or 'f' or 'n' or 'r' or 't' or 'v' => 2,
            var c when !char.IsAsciiLetterOrDigit(c) => 2,
            _ => -1,
        };
        return at + length <= pattern.Length ? length : -1;

        static int Digits(ReadOnlySpan<char> rest) => rest.IndexOfAnyExceptInRange('0', '9') is var end and >= 0 ? end : rest.Length;
    }

    /// <summary>The index after the group opened at <paramref name="open"/>, or null when it does not close.</summary>
    private static int? GroupEnd(string pattern, int open)
    {
        var depth = 0;
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    if (ClassEnd(pattern, i, out _) is not { } end) return null;
                    i = end - 1;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth == 0) return i + 1;
                    break;
            }
        }
        return null;
    }

    /// <summary>The index after the class opened at <paramref name="open"/>, with its listed characters in
    /// <paramref name="members"/> (empty when the class is negated or holds an escape of a letter or a range).</summary>
    private static int? ClassEnd(string pattern, int open, out string members)
    {
        var listed = new System.Text.StringBuilder();
        var readable = true;
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^')
        {
            readable = false;
            i++;
        }
        // A ] right after the opening bracket is a member, as .NET reads it.
        var first = true;
        for (; i < pattern.Length; i++, first = false)
        {
            var c = pattern[i];
            if (c == ']' && !first)
            {
                members = readable ? listed.ToString() : "";
                return i + 1;
            }
            if (c == '\\')
            {
                if (EscapeLength(pattern, i) is not (> 0 and var length)) break;
                if (char.IsAsciiLetterOrDigit(pattern[i + 1])) readable = false;
                else listed.Append(pattern[i + 1]);
                i += length - 1;
            }
            else if (c == '-' && !first && i + 1 < pattern.Length && pattern[i + 1] != ']')
                readable = false;       // a range, or a subtraction [a-z-[aeiou]]
            else if (c == '[')
                readable = false;
            else
                listed.Append(c);
        }
        members = "";
        return null;
    }
}
