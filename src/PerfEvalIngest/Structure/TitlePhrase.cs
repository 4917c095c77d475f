namespace PerfEvalIngest.Structure;

/// <summary>
/// A phrase that names a part or a table by its title, as the rubrics and the table identities write it (models/):
/// words that must all appear, joined by +, less words that must not, after - (「支出决算表-财政拨款」 is the 支出决算表,
/// not the 财政拨款收入支出决算总表). Titles are compared without the spaces and quotation marks printing adds.
/// </summary>
internal static class TitlePhrase
{
    // Every rubric item tries its phrases on every heading, caption and header cell of a report: the phrase is read in
    // place and a title folded only when it has something to fold.
    public static bool Matches(string text, string phrase) => MatchesFolded(Fold(text), phrase);

    /// <summary><see cref="Matches"/> on a title already folded (<see cref="Fold"/>), for one tried against many phrases.</summary>
    public static bool MatchesFolded(ReadOnlySpan<char> folded, string phrase)
    {
        var rest = phrase.AsSpan();
        int dash = rest.IndexOf('-');
        var required = dash < 0 ? rest : rest[..dash];
        foreach (var word in required.Split('+'))
            if (!folded.Contains(required[word], StringComparison.Ordinal)) return false;
        if (dash < 0) return true;
        var excluded = rest[(dash + 1)..];
        foreach (var word in excluded.Split('-'))
            if (folded.Contains(excluded[word], StringComparison.Ordinal)) return false;
        return true;
    }

    /// <summary>Title text without the spaces and quotation marks that printing adds (“三公”经费, 支 出 决 算 表); the
    /// text itself when it has none.</summary>
    public static string Fold(string text)
    {
        int first = 0;
        while (first < text.Length && !Dropped(text[first])) first++;
        if (first == text.Length) return text;
        return new(text.Where(c => !Dropped(c)).ToArray());
    }

    private static bool Dropped(char c) => char.IsWhiteSpace(c) || c is '“' or '”' or '"' or '《' or '》';
}
