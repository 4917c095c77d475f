namespace PerfEvalIngest.Tests.Support;

/// <summary>Two batches' output folders compared file by file, for the tests that hold outputs byte-identical across
/// ways of running a batch.</summary>
internal static class OutputFolders
{
    /// <summary>Every file under the folder, as a path relative to it, in ordinal order.</summary>
    public static List<string> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Fails, naming the file, on the first of <paramref name="files"/> whose bytes differ between the folders.</summary>
    public static void AssertSameBytes(string one, string other, IEnumerable<string> files)
    {
        foreach (var file in files)
            Assert.True(File.ReadAllBytes(Path.Combine(one, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, file))), file);
    }
}
