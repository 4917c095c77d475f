using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Tests.Checks;

/// <summary>
/// A finding an example of the checks catalogue tolerates beside the ones it is about: "allow: rule value — reason".
/// The snippet really has that second matter, but the example is not about it; the reason says why it is there. An
/// allowance that nothing matches fails the example, so a stale one cannot hide a later change.
/// </summary>
public sealed record CheckSpecAllowance(string Rule, string Value, string Reason)
{
    public override string ToString() => Rule + (Value.Length > 0 ? " " + Value : "");

    public bool Matches(Finding f) => f.Rule == Rule && CheckSpecExpectation.MatchesValue(f, Value);

    /// <summary>Reads "rule value — reason" (value optional, reason required), or null when malformed.</summary>
    public static CheckSpecAllowance? Parse(string line)
    {
        var dash = line.IndexOf(" — ", StringComparison.Ordinal);
        if (dash < 0) return null;
        var reason = line[(dash + 3)..].Trim();
        var parts = line[..dash].Trim().Split(' ', 2);
        if (reason.Length == 0 || !CheckSpecExpectation.RuleId().IsMatch(parts[0])) return null;
        return new CheckSpecAllowance(parts[0], parts.Length > 1 ? parts[1].Trim() : "", reason);
    }
}
