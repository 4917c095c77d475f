namespace PerfEvalIngest.Structure;

/// <summary>
/// A phrase that names a part or a table by its title, as the rubrics and the table identities write it (models/):
/// words that must all appear, joined by +, less words that must not, after - (「支出决算表-财政拨款」 is the 支出决算表,
/// not the 财政拨款收入支出决算总表). Titles are compared without the spaces and quotation marks printing adds.
/// </summary>
internal static class TitlePhrase
{
    public static bool Matches(string text, string phrase)
    {
        var folded = Fold(text);
        var parts = phrase.Split('-');
        return parts[0].Split('+').All(w => folded.Contains(w, StringComparison.Ordinal))
               && parts.Skip(1).All(w => !folded.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>Title text without the spaces and quotation marks that printing adds (“三公”经费, 支 出 决 算 表).</summary>
    public static string Fold(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('“' or '”' or '"' or '《' or '》')).ToArray());
}
