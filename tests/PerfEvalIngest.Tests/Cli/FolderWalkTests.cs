using PerfEvalIngest.Batch;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>Walking a folder of submissions: links to folders are not followed, loops cannot hang the walk, folders
/// that cannot be listed become failed inputs, and names too long for a file system are shortened.</summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-walk-").FullName;

    public void Dispose()
    {
        // A folder a test locked is opened again so that it can be removed (permissions apply on Unix only).
        if (!OperatingSystem.IsWindows())
            foreach (var d in Directory.EnumerateDirectories(_root, "*", SearchOption.AllDirectories))
                File.SetUnixFileMode(d, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public void A_link_to_a_parent_folder_and_a_loop_of_links_give_each_file_once()
    {
        var sub = Directory.CreateDirectory(Path.Combine(_root, "sub")).FullName;
        File.WriteAllText(Path.Combine(sub, "report.txt"), "一、概况\n正文。\n");
        Directory.CreateSymbolicLink(Path.Combine(sub, "up"), _root);
        File.CreateSymbolicLink(Path.Combine(_root, "loop1"), Path.Combine(_root, "loop2"));
        File.CreateSymbolicLink(Path.Combine(_root, "loop2"), Path.Combine(_root, "loop1"));

        var (inputs, missing) = InputDiscovery.Discover([_root]);

        Assert.Equal(["sub__report.txt"], inputs.Select(i => i.Name));
        Assert.Empty(missing);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void A_folder_that_cannot_be_listed_is_a_failed_input_where_permissions_apply()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_root, "locked")).FullName;
        File.WriteAllText(Path.Combine(locked, "report.txt"), "一、概况\n正文。\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool enforced;
        try { Directory.EnumerateFiles(locked).ToList(); enforced = false; }
        catch (UnauthorizedAccessException) { enforced = true; }

        var (inputs, _) = InputDiscovery.Discover([_root]);

        // As root the folder stays readable and its file is found; otherwise the folder is reported, not skipped.
        if (enforced)
            Assert.Equal("unreadable", Assert.Single(inputs).Refused?.Code);
        else
            Assert.Equal("locked__report.txt", Assert.Single(inputs).Name);
    }

    [Fact]
    public void A_name_over_200_bytes_is_cut_with_a_hash_and_keeps_its_extension()
    {
        var name = new string('长', 100) + ".txt";
        var shortened = InputDiscovery.Shorten(name);
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(shortened) <= InputDiscovery.MaxNameBytes);
        Assert.EndsWith(".txt", shortened);
        Assert.StartsWith(new string('长', 60), shortened);
        Assert.NotEqual(shortened, InputDiscovery.Shorten(new string('长', 101) + ".txt"));
        Assert.Equal("report.txt", InputDiscovery.Shorten("report.txt"));
    }

    [Fact]
    public void One_file_of_each_format_is_one_report_each_and_the_help_names_them_all()
    {
        File.WriteAllText(Path.Combine(_root, "a.txt"), "一、概况\n正文。\n");
        File.WriteAllBytes(Path.Combine(_root, "b.docx"), new DocxPackage().Paragraph("一、概况").Build());
        File.WriteAllBytes(Path.Combine(_root, "c.docm"), new DocxPackage { WithMacros = true }.Paragraph("一、概况").Build());
        File.Copy(Path.Combine(Support.RepositoryPaths.Corpus, "pdf", "nanjing-02.pdf"), Path.Combine(_root, "d.pdf"));
        File.WriteAllBytes(Path.Combine(_root, "e.xlsx"), new XlsxPackage().Sheet("表", "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"B1\"><v>2</v></c><c r=\"C1\"><v>3</v></c></row>").Build());

        var (inputs, _) = InputDiscovery.Discover([_root]);

        Assert.Equal(["a.txt", "b.docx", "c.docm", "d.pdf", "e.xlsx"], inputs.Select(i => i.Name));
        foreach (var extension in new[] { ".txt", ".docx", ".docm", ".pdf", ".xlsx", ".xls", ".doc", ".wps" })
            Assert.Contains(extension, ReportPipeline.ReportExtensions);
    }
}
