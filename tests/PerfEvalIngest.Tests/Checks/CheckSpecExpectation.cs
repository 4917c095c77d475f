using PerfEvalIngest.Checks;
using System.Text.RegularExpressions;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>
/// One finding an example of the checks catalogue must raise: "rule value @location". The value is the finding's
/// expected or actual figure; only for a finding that states neither is it looked for in the evidence, since a
/// sentence often holds more than one figure and another finding of it would otherwise pass for this one. The
/// location, when given, must equal the finding's <see cref="DocumentModel.Location.Describe"/> exactly.
/// </summary>
public sealed partial record CheckSpecExpectation(string Rule, string Value, string? Location)
{
    public override string ToString() => Rule + (Value.Length > 0 ? " " + Value : "") + (Location != null ? " @" + Location : "");

    public bool Matches(Finding f) =>
        f.Rule == Rule && MatchesValue(f, Value) && (Location == null || f.Location.Describe() == Location);

    /// <summary>An empty value matches any finding of the rule (for findings about a whole part, which state no figure).</summary>
    public static bool MatchesValue(Finding f, string value) =>
        value.Length == 0
        || f.Expected == value || f.Actual == value
        || (string.IsNullOrEmpty(f.Expected) && string.IsNullOrEmpty(f.Actual) && f.Evidence.Contains(value, StringComparison.Ordinal));

    [GeneratedRegex(@"^[a-z][a-z-]*(\.[a-z0-9-]+)?$")]
    public static partial Regex RuleId();

    /// <summary>Reads "rule value @location" (value and location optional), or null when the rule is no rule id or
    /// the location is empty, so that a typo fails the example instead of expecting something else.</summary>
    public static CheckSpecExpectation? Parse(string entry)
    {
        string? location = null;
        var at = entry.IndexOf(" @", StringComparison.Ordinal);
        if (at >= 0)
        {
            location = entry[(at + 2)..].Trim();
            entry = entry[..at];
            if (location.Length == 0) return null;
        }
        var parts = entry.Trim().Split(' ', 2);
        if (!RuleId().IsMatch(parts[0])) return null;
        return new CheckSpecExpectation(parts[0], parts.Length > 1 ? parts[1].Trim() : "", location);
    }
}
