using PerfEvalIngest.Output;
using PerfEvalIngest.Tests.Output.Export;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Output.Dataset;

/// <summary>Two files of one batch with the same bytes are one report in the dataset (report_id is the content's hash):
/// the one whose name sorts first, whichever order they finished in, so the dataset does not depend on the number of
/// jobs; a file with other content is a report of its own.</summary>
public sealed class DuplicateContentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-duplicates-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Copy(string corpusFile, string name)
    {
        var path = Path.Combine(_root, name);
        File.Copy(Path.Combine(RepositoryPaths.Corpus, "reports", corpusFile), path);
        return path;
    }

    private static List<string> Names(string dataset) =>
        SqliteRows.Query(dataset, "SELECT name FROM reports ORDER BY name").Select(r => (string)r[0]!).ToList();

    [Fact]
    public void The_copy_whose_name_sorts_first_stands_for_the_content_in_either_order()
    {
        var a = TestPipeline.CheckFile(Copy("hunan-01.txt", "a.txt"));
        var b = TestPipeline.CheckFile(Copy("hunan-01.txt", "b.txt"));
        var c = TestPipeline.CheckFile(Copy("suzhou-01.txt", "c.txt"));
        Assert.Equal(a.Source.Sha256, b.Source.Sha256);

        var forward = Path.Combine(_root, "forward.sqlite");
        var backward = Path.Combine(_root, "backward.sqlite");
        DatasetWriter.Write(forward, [a, b, c]);
        DatasetWriter.Write(backward, [c, b, a]);

        Assert.Equal(["a.txt", "c.txt"], Names(forward));
        Assert.Equal(["a.txt", "c.txt"], Names(backward));
        Assert.True(File.ReadAllBytes(forward).AsSpan().SequenceEqual(File.ReadAllBytes(backward)));
    }
}
