namespace PerfEvalIngest.Cli;

/// <summary>How a command reports bad usage found after parsing (a missing path, an unwritable --out): the message,
/// Chinese first, a pointer to the help, and exit code 2.</summary>
internal static class Usage
{
    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"perfeval: {message}");
        error.WriteLine("运行 perfeval --help 查看用法 / run 'perfeval --help' for usage");
        return 2;
    }
}
