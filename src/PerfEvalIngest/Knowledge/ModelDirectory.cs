namespace PerfEvalIngest.Knowledge;

/// <summary>
/// Finds the models/ folder that holds the project's data (dictionaries, concepts, rubrics, tolerances).
/// The build copies models/ next to every assembly that references the library; PERFEVAL_MODELS overrides that,
/// so a reviewer can point the tool at an edited copy without rebuilding.
/// </summary>
internal static class ModelDirectory
{
    public const string EnvironmentVariable = "PERFEVAL_MODELS";

    public static string Resolve()
    {
        var overridden = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(overridden) && Directory.Exists(overridden))
            return Path.GetFullPath(overridden);

        var besideAssembly = Path.Combine(AppContext.BaseDirectory, "models");
        if (Directory.Exists(besideAssembly))
            return besideAssembly;

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir != null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models");
            if (Directory.Exists(candidate) && System.IO.File.Exists(Path.Combine(dir.FullName, "PerfEvalIngest.sln")))
                return candidate;
        }

        throw new DirectoryNotFoundException(
            $"models/ not found beside {AppContext.BaseDirectory}; set {EnvironmentVariable} to the project's models folder.");
    }

    /// <summary>Path of a file under models/, e.g. <c>File("concepts.json")</c> or <c>File("jieba", "dict.bin")</c>.</summary>
    public static string File(params string[] parts) => Path.Combine([Resolve(), .. parts]);

    /// <summary>How every JSON file under models/ is read: names in any case, comments and trailing commas allowed. A
    /// fresh instance each time, because a generated contract binds the options it is given.</summary>
    private static System.Text.Json.JsonSerializerOptions JsonOptions() => new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Reads a JSON data file under models/ into a record through its generated contract
    /// (<c>o => new ConceptDictionaryJson(o).File</c>, a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> beside the
    /// record); a missing or malformed file is a bug in the installation, so it throws with the path.</summary>
    public static T LoadJson<T>(Func<System.Text.Json.JsonSerializerOptions, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>> contract,
        params string[] parts) => ReadJson(File(parts), contract);

    /// <summary>As <see cref="LoadJson{T}"/>, for a file anywhere (a rubric the caller names).</summary>
    public static T ReadJson<T>(string path, Func<System.Text.Json.JsonSerializerOptions, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T>> contract)
    {
        using var stream = System.IO.File.OpenRead(path);
        return System.Text.Json.JsonSerializer.Deserialize(stream, contract(JsonOptions()))
               ?? throw new InvalidDataException($"{path} is empty");
    }
}
