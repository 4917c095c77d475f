using System.Text.RegularExpressions;

namespace PerfEvalIngest.Knowledge;

/// <summary>
/// The regular expression of a pattern that models/ holds, or that code builds from models/ (units, statements,
/// editorial rules). The native command cannot compile a regex at run time, so one built there is interpreted; a
/// pattern of <see cref="CompiledPatterns"/> is matched instead by code the regex source generator wrote from the same
/// text, which finds the same matches in a fraction of the time (the interpreter took a tenth of a text batch's
/// processor time). A pattern missing there, because models/ changed since, is interpreted: the same matches, more
/// slowly, and a test names it.
/// </summary>
internal static class PatternRegex
{
    /// <summary>The options of every such pattern: no case folding, no ignored whitespace (what
    /// <see cref="RequiredCharacters"/> reads a pattern under).</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant;

    public static Regex Of(string pattern) => CompiledPatterns.Find(pattern) ?? new Regex(pattern, Options | RegexOptions.Compiled);
}
