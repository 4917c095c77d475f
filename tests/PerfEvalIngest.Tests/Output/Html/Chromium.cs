using System.Diagnostics;

namespace PerfEvalIngest.Tests.Output.Html;

/// <summary>Headless Chromium, to see a page as a reviewer's browser shows it: a screenshot, or the page's DOM after
/// its scripts ran. Found at /usr/bin/chromium or where PERFEVAL_CHROMIUM points.</summary>
internal static class Chromium
{
    public static string? Path
    {
        get
        {
            var set = Environment.GetEnvironmentVariable("PERFEVAL_CHROMIUM");
            foreach (var candidate in new[] { set, "/usr/bin/chromium", "/usr/bin/chromium-browser" })
                if (!string.IsNullOrEmpty(candidate) && File.Exists(candidate)) return candidate;
            return null;
        }
    }

    public static void Screenshot(string page, string png, int width = 1280, int height = 1600) =>
        Run(page, $"--screenshot={png}", $"--window-size={width},{height}", "--hide-scrollbars");

    /// <summary>The DOM after load, with the page's scripts run.</summary>
    public static string DumpDom(string page) => Run(page, "--dump-dom");

    private static string Run(string page, params string[] extra)
    {
        var profile = Directory.CreateTempSubdirectory("chromium-profile-");
        try
        {
            var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("no chromium"))
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                         "--disable-component-update", "--no-first-run", "--disable-extensions", $"--user-data-dir={profile.FullName}" })
                start.ArgumentList.Add(a);
            foreach (var a in extra) start.ArgumentList.Add(a);
            start.ArgumentList.Add(new Uri(page).AbsoluteUri);

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(120)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"chromium did not finish within 120 s: {stderr.Result}");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"chromium exited {process.ExitCode}: {stderr.Result}");
            return stdout.Result;
        }
        finally
        {
            profile.Delete(true);
        }
    }
}

/// <summary>A fact that needs headless Chromium; skipped, with the reason, where it is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path == null)
            Skip = "headless Chromium not found at /usr/bin/chromium (apt-get install chromium, or set PERFEVAL_CHROMIUM)";
    }
}
