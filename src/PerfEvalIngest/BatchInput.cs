namespace PerfEvalIngest;

/// <summary>One file of a batch and its output name: its path relative to the PATH it was found under, with /
/// replaced by __ (the contract's naming).</summary>
public sealed record BatchInput(string Path, string Name)
{
    /// <summary>Expands the command line's paths: files as given, folders searched recursively for report
    /// formats. Returns the inputs in a stable order and the paths that do not exist.</summary>
    public static (List<BatchInput> Inputs, List<string> Missing) Discover(IEnumerable<string> paths)
    {
        var inputs = new List<BatchInput>();
        var missing = new List<string>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, System.IO.Path.GetFileName(path));
                continue;
            }
            if (!Directory.Exists(path))
            {
                missing.Add(path);
                continue;
            }
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = true,
                AttributesToSkip = 0,
                ReturnSpecialDirectories = false,
            };
            var files = Directory.EnumerateFiles(path, "*", options)
                .Where(f => !InSkippedFolder(System.IO.Path.GetRelativePath(path, f)))
                .Where(f => ReportPipeline.ReportExtensions.Contains(System.IO.Path.GetExtension(f).ToLowerInvariant()))
                .Where(f => !System.IO.Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal))   // Office lock files
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
                Add(file, System.IO.Path.GetRelativePath(path, file).Replace('\\', '/').Replace("/", "__"));
        }
        return (inputs, missing);

        // Build output (bin/, obj/) and hidden folders (.git/) hold no submissions, only files that look like them.
        static bool InSkippedFolder(string relative) =>
            relative.Split('/', '\\').SkipLast(1).Any(d => d is "bin" or "obj" || d.StartsWith('.'));

        void Add(string file, string name)
        {
            var unique = name;
            for (int n = 2; !names.Add(unique); n++) unique = $"{System.IO.Path.GetFileNameWithoutExtension(name)}~{n}{System.IO.Path.GetExtension(name)}";
            inputs.Add(new BatchInput(file, unique));
        }
    }
}
