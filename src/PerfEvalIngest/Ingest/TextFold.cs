namespace PerfEvalIngest.Ingest;

/// <summary>
/// Folds full-width digits, Latin letters and number signs (０-９, Ａ-Ｚ, ％, ．, ＋, －, ＝, ＜, ＞, ，between digits)
/// to ASCII, one character for one, so that offsets stay valid in the original text. Chinese punctuation that
/// is not part of a number (，。：（）) is left as printed: it carries meaning for headings and sentences.
/// </summary>
internal static class TextFold
{
    public static string Fold(string text)
    {
        int i = 0;
        for (; i < text.Length; i++)
            if (NeedsFold(text, i)) break;
        if (i == text.Length) return text;

        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
            if (NeedsFold(text, i)) chars[i] = FoldChar(text[i]);
        return new string(chars);
    }

    private static bool NeedsFold(string text, int i)
    {
        var c = text[i];
        if (c is >= '０' and <= '９' or >= 'Ａ' and <= 'Ｚ' or >= 'ａ' and <= 'ｚ') return true;
        if (c is '％' or '＋' or '＝' or '＜' or '＞' or '－' or '−') return true;
        // A full-width stop or comma is a decimal point / thousands separator only between digits.
        if (c is '．' or '，')
            return i > 0 && i + 1 < text.Length && IsDigit(text[i - 1]) && IsDigit(text[i + 1]) && c == '．';
        return false;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    private static char FoldChar(char c) => c switch
    {
        '−' => '-',
        >= '！' and <= '～' => (char)(c - 0xFEE0),
        _ => c,
    };
}
