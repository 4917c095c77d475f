using System.Buffers;
using System.Text.RegularExpressions;

namespace PerfEvalIngest.Knowledge;

/// <summary>
/// A pattern of models/, compiled once and searched only in text that holds the characters every match of it needs
/// (<see cref="RequiredCharacters"/>): the checks search every paragraph with each of their patterns, and most
/// paragraphs cannot hold a match of most of them.
/// </summary>
internal sealed class DataPattern
{
    private readonly IReadOnlyList<SearchValues<char>> _required;

    public DataPattern(string pattern)
    {
        Regex = PatternRegex.Of(pattern);
        _required = RequiredCharacters.Of(pattern);
    }

    public Regex Regex { get; }

    /// <summary>The matches in <paramref name="text"/>, as <see cref="Regex.Matches(string)"/> gives them.</summary>
    public IEnumerable<Match> Matches(string text) => RequiredCharacters.MayMatch(text, _required) ? Regex.Matches(text) : [];
}
