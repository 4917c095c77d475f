namespace PerfEvalIngest.Checks;

public enum Severity { Info, Warning, Error }

internal static class Severities
{
    public static string Name(this Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static Severity? Parse(string s) => s switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };
}
