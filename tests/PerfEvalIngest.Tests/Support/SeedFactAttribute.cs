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

/// <summary>A fact about the real pool; skipped, with the reason, where its documents are not laid out.</summary>
public sealed class RealPoolFactAttribute : FactAttribute
{
    public RealPoolFactAttribute()
    {
        if (!RepositoryPaths.RealPoolPresent)
            Skip = $"real pool not found at {RepositoryPaths.RealPool} (lay it out with corpus/real/lay-out.py, or set PERFEVAL_REAL)";
    }
}
