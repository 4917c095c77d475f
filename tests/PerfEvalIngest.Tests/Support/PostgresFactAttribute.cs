namespace PerfEvalIngest.Tests.Support;

/// <summary>A fact that needs a PostgreSQL server: PERFEVAL_TEST_POSTGRES holds its address (postgresql://user:password@host/db;
/// .ci/run installs and starts one and sets it). Skipped, with the reason, where it is not set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public static string? Address => Environment.GetEnvironmentVariable("PERFEVAL_TEST_POSTGRES") is { Length: > 0 } a ? a : null;

    public PostgresFactAttribute()
    {
        if (Address == null)
            Skip = "no PostgreSQL server: set PERFEVAL_TEST_POSTGRES=postgresql://user:password@127.0.0.1/db (.ci/run does)";
        else if (!RepositoryPaths.SeedsPresent)
            Skip = $"seed reports not found at {RepositoryPaths.Seeds}";
    }
}
