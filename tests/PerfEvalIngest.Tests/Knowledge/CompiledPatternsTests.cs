using System.Text;
using System.Text.RegularExpressions;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Facts.Statements;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Knowledge;
using PerfEvalIngest.Structure;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Knowledge;

/// <summary>
/// Every pattern of models/, and every pattern the code builds from models/, has a twin in CompiledPatterns that the
/// regex source generator compiled from the same text. Without one the native command interprets it: the same
/// matches, more slowly. When models/ changes, the first test fails and writes the file's new text beside it.
/// </summary>
public sealed class CompiledPatternsTests
{
    private static string Source => Path.Combine(RepositoryPaths.Root, "src", "PerfEvalIngest", "Knowledge", "CompiledPatterns.cs");
    private static string Received => Source + ".received";

    /// <summary>The patterns, in a stable order: the data files' rules and statements as they stand in them, then the
    /// patterns built from the units.</summary>
    private static IReadOnlyList<string> Patterns()
    {
        var statements = StatementVocabulary.Load();
        return EditorialCheck.Load().Rules.Select(r => r.Pattern)
            .Concat(OwnYearCheck.Load().Rules.Select(r => r.Pattern))
            .Concat([statements.ComparisonPattern, statements.ExecutionYearPattern, statements.OutturnPattern,
                statements.OwnDirectionPattern, statements.OutturnReasonPattern])
            .Concat(new[] { QuantityScanner.Arabic, QuantityScanner.Chinese, TableFactExtractor.UnitNoteRegex, HeadingTitle.FigureRegex }
                .Select(r => r.ToString()))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    [Fact]
    public void Every_pattern_has_a_compiled_twin()
    {
        var expected = Render(Patterns());
        if (File.ReadAllText(Source).ReplaceLineEndings("\n") == expected)
        {
            File.Delete(Received);
            return;
        }
        File.WriteAllText(Received, expected);
        Assert.Fail($"The patterns of models/ changed. Copy {Received} over {Source} and rebuild.");
    }

    [Fact]
    public void The_twins_are_the_patterns_of_models()
    {
        var patterns = Patterns();
        Assert.True(patterns.Count >= 20, $"only {patterns.Count} patterns found");
        foreach (var pattern in patterns)
        {
            var twin = CompiledPatterns.Find(pattern);
            Assert.NotNull(twin);
            Assert.Equal(pattern, twin.ToString());
            Assert.Equal(PatternRegex.Options, twin.Options);
            Assert.Same(twin, PatternRegex.Of(pattern));
        }
    }

    [Fact]
    public void A_pattern_without_a_twin_is_interpreted()
    {
        var regex = PatternRegex.Of("比(?:上年|去年)持平");
        Assert.Null(CompiledPatterns.Find("比(?:上年|去年)持平"));
        Assert.Equal("比去年持平", regex.Match("其中比去年持平。").Value);
    }

    /// <summary>The generator's code against the interpreter, on every line of the corpus and seed reports, folded as
    /// the checks see them: the same matches at the same places, with the same groups.</summary>
    [Fact]
    public void The_twins_find_what_the_interpreter_finds()
    {
        var lines = RepositoryPaths.TextReports().SelectMany(File.ReadLines).Select(TextFold.Fold).Where(l => l.Length > 0).ToList();
        Assert.True(lines.Count > 4000, $"only {lines.Count} lines");
        int matches = 0;
        foreach (var pattern in Patterns())
        {
            var twin = CompiledPatterns.Find(pattern)!;
            var interpreted = new Regex(pattern, PatternRegex.Options);
            foreach (var line in lines)
            {
                var expected = Describe(interpreted.Matches(line));
                Assert.Equal(expected, Describe(twin.Matches(line)));
                matches += expected.Count;
            }
        }
        Assert.True(matches > 1000, $"only {matches} matches compared");
    }

    private static List<string> Describe(MatchCollection matches) =>
        matches.Select(m => string.Join("|", m.Groups.Values.Select(g => $"{g.Name}:{g.Success}:{g.Index}:{g.Length}"))).ToList();

    /// <summary>The text of CompiledPatterns.cs for <paramref name="patterns"/>.</summary>
    internal static string Render(IReadOnlyList<string> patterns)
    {
        var text = new StringBuilder();
        text.Append("""
            using System.Text.RegularExpressions;

            namespace PerfEvalIngest.Knowledge;

            // Written by CompiledPatternsTests from the patterns of models/ (PatternRegex); a failing test there writes the
            // current text beside this file.
            internal static partial class CompiledPatterns
            {
                public static Regex? Find(string pattern) => pattern switch
                {

            """);
        for (int i = 0; i < patterns.Count; i++) text.Append($"        {Verbatim(patterns[i])} => P{i:00}(),\n");
        text.Append("        _ => null,\n    };\n");
        for (int i = 0; i < patterns.Count; i++)
            text.Append($"\n    [GeneratedRegex({Verbatim(patterns[i])}, RegexOptions.CultureInvariant)]\n    private static partial Regex P{i:00}();\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static string Verbatim(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";
}
