using PerfEvalIngest.Tests.Support;
using System.Text.RegularExpressions;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>
/// One example of the checks catalogue, read from Checks/Spec/*.md: a report snippet, the category the file is
/// about (or several, comma-separated, for a file about one table's rules), and the findings expected ("rule value", value matching the finding's expected or actual figure or
/// appearing in its evidence), or none.
/// </summary>
public sealed partial record CheckSpecExample(string File, string Title, string Category, string Text,
    IReadOnlyList<(string Rule, string Value)> Expected, string RulePrefix = "")
{
    public override string ToString() => $"{File}: {Title}";

    /// <summary>Whether a finding's category is one this example is about.</summary>
    public bool Covers(string category) => Category.Split(',').Contains(category, StringComparer.Ordinal);

    [GeneratedRegex(@"^## (?<title>.+?)\n```text\n(?<text>.*?)```\nexpect: (?<expect>.+?)$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Example();

    [GeneratedRegex(@"^category: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"^rules: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex RulesLine();

    public static IEnumerable<CheckSpecExample> Load(string path)
    {
        var content = System.IO.File.ReadAllText(path).Replace("\r\n", "\n");
        var category = CategoryLine().Match(content).Groups[1].Value;
        var prefix = RulesLine().Match(content) is { Success: true } rules ? rules.Groups[1].Value : "";
        foreach (Match m in Example().Matches(content))
        {
            var expect = m.Groups["expect"].Value.Trim();
            var expected = expect == "none"
                ? []
                : expect.Split(", ").Select(e => e.Split(' ', 2)).Select(p => (p[0], p.Length > 1 ? p[1] : "")).ToList();
            yield return new CheckSpecExample(Path.GetFileName(path), m.Groups["title"].Value, category, m.Groups["text"].Value, expected, prefix);
        }
    }

    public static IEnumerable<object[]> All()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests", "Checks", "Spec");
        return Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal)
            .SelectMany(Load).Select(e => new object[] { e });
    }
}
