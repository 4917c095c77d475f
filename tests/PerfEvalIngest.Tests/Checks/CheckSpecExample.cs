using PerfEvalIngest.Tests.Support;
using System.Text.RegularExpressions;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>
/// One example of the checks catalogue, read from Checks/Spec/*.md: a report snippet, the category the file is
/// about (or several, comma-separated, for a file about one table's rules), the findings it must raise (or none),
/// and the findings it tolerates with a reason, its own or (from the file's header) every example's of the file. The
/// format is described in Checks/Spec/README.md.
/// </summary>
public sealed partial record CheckSpecExample(string File, string Title, string Category, string Text,
    IReadOnlyList<CheckSpecExpectation> Expected, IReadOnlyList<CheckSpecAllowance> Allowed,
    IReadOnlyList<CheckSpecAllowance> FileAllowed)
{
    public override string ToString() => $"{File}: {Title}";

    [GeneratedRegex(@"^## (?<title>.+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\A```text\n(?<text>.*?)```\nexpect: (?<expect>[^\n]+)\n(?<allow>(?:allow: [^\n]*\n)*)\s*\z", RegexOptions.Singleline)]
    private static partial Regex Body();

    [GeneratedRegex(@"^category: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex CategoryLine();

    [GeneratedRegex(@"^allow: (.*)$", RegexOptions.Multiline)]
    private static partial Regex AllowLine();

    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests", "Checks", "Spec");

    /// <summary>The spec files: every Markdown file of the folder but its README.</summary>
    public static IEnumerable<string> Files() =>
        Directory.GetFiles(Folder, "*.md").Where(p => Path.GetFileName(p) != "README.md").Order(StringComparer.Ordinal);

    /// <summary>Every "## " heading of a spec file, with the example under it or why there is none. Each heading is
    /// read up to the next, so a typo in one example cannot swallow or hide another.</summary>
    public static IEnumerable<(string Title, CheckSpecExample? Example, string? Error)> Read(string path)
    {
        var content = System.IO.File.ReadAllText(path).Replace("\r\n", "\n");
        if (!content.EndsWith('\n')) content += "\n";
        var category = CategoryLine().Match(content).Groups[1].Value;
        var headings = Heading().Matches(content);
        var header = content[..(headings.Count > 0 ? headings[0].Index : content.Length)];
        var fileAllowed = new List<CheckSpecAllowance>();
        foreach (Match line in AllowLine().Matches(header))
            if (CheckSpecAllowance.Parse(line.Groups[1].Value) is { } a) fileAllowed.Add(a);
            else yield return ("(header)", null, $"malformed '{line.Value}' (allow: rule [value] — reason)");
        for (var i = 0; i < headings.Count; i++)
        {
            var h = headings[i];
            var title = h.Groups["title"].Value.Trim();
            var start = h.Index + h.Length + 1;
            var end = i + 1 < headings.Count ? headings[i + 1].Index : content.Length;
            var (example, error) = Parse(Path.GetFileName(path), title, category, content[Math.Min(start, end)..end], fileAllowed);
            yield return (title, example, error);
        }
    }

    private static (CheckSpecExample?, string?) Parse(string file, string title, string category, string body,
        IReadOnlyList<CheckSpecAllowance> fileAllowed)
    {
        var m = Body().Match(body);
        if (!m.Success)
            return (null, "not a ```text snippet followed by an expect: line (and allow: lines only)");
        var expect = m.Groups["expect"].Value.Trim();
        var expected = new List<CheckSpecExpectation>();
        if (expect != "none")
            foreach (var entry in expect.Split(", "))
                if (CheckSpecExpectation.Parse(entry) is { } e) expected.Add(e);
                else return (null, $"malformed expectation '{entry}'");
        var allowed = new List<CheckSpecAllowance>();
        foreach (var line in m.Groups["allow"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            if (CheckSpecAllowance.Parse(line["allow: ".Length..]) is { } a) allowed.Add(a);
            else return (null, $"malformed '{line}' (allow: rule [value] — reason)");
        return (new CheckSpecExample(file, title, category, m.Groups["text"].Value, expected, allowed, fileAllowed), null);
    }

    public static IEnumerable<CheckSpecExample> Load(string path) =>
        Read(path).Where(r => r.Example != null).Select(r => r.Example!);

    public static IEnumerable<object[]> All() => Files().SelectMany(Load).Select(e => new object[] { e });

    public static IEnumerable<object[]> FileNames() => Files().Select(p => new object[] { Path.GetFileName(p) });
}
