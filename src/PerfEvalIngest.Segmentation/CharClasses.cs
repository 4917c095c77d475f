using System.Runtime.CompilerServices;

namespace PerfEvalIngest.Segmentation;

/// <summary>
/// The character classes of jieba's regular expressions, spelled out so that a character is classified the same
/// way as there without running a regex per character.
/// </summary>
internal static class CharClasses
{
    /// <summary>
    /// Characters that jieba hands to the dictionary together (its default "Han" pattern): the CJK range it knows,
    /// ASCII letters and digits, and <c>+ # &amp; . _ % -</c>, which is what keeps 2792.30 and 23.4% in one piece.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlockChar(char c)
        => c < 128 ? IsAsciiBlockChar(c) : c is >= CharacterHmm.FirstHan and <= CharacterHmm.LastHan;

    /// <summary>Han characters proper, the only ones the HMM tags.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHan(char c) => c is >= CharacterHmm.FirstHan and <= CharacterHmm.LastHan;

    /// <summary>
    /// Whitespace as Python's <c>\s</c> matches it in a str pattern (<c>str.isspace</c>), which is wider than
    /// ASCII and narrower than <see cref="char.IsWhiteSpace(char)"/> in places.
    /// </summary>
    public static bool IsPythonWhitespace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\u001C' and <= ' ' => true,
        '\u0085' or '\u00A0' or '\u1680' => true,
        >= '\u2000' and <= '\u200A' => true,
        '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
        _ => false,
    };

    private static bool IsAsciiBlockChar(char c)
        => char.IsAsciiLetterOrDigit(c) || c is '+' or '#' or '&' or '.' or '_' or '%' or '-';
}
