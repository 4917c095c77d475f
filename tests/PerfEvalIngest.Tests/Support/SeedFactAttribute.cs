namespace PerfEvalIngest.Tests.Support;

/// <summary>A fact about the shared seed reports; skipped, with the reason, where ../shared/seeds is not there.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (!RepositoryPaths.SeedsPresent)
            Skip = $"seed reports not found at {RepositoryPaths.Seeds}";
    }
}

/// <summary>A theory over the shared seed reports; skipped, with the reason, where ../shared/seeds is not there.</summary>
public sealed class SeedTheoryAttribute : TheoryAttribute
{
    public SeedTheoryAttribute()
    {
        if (!RepositoryPaths.SeedsPresent)
            Skip = $"seed reports not found at {RepositoryPaths.Seeds}";
    }
}
