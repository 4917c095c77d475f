using PerfEvalIngest.Cli;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>The command line behaves like one: help on every command, a version, short aliases and --opt=value,
/// usage errors named (with the nearest option or command) and exit code 2, an output folder that cannot take the
/// results refused before any report is read.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = PerfevalCommandLine.Run(args, stdout, stderr, new StringReader(""));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string Report()
    {
        var path = Path.Combine(_folder, "report.txt");
        File.WriteAllText(path, "一、部门概况\n本单位2023年收入总额100.00万元。\n");
        return path;
    }

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("eval")]
    [InlineData("segment")]
    [InlineData("train")]
    public void Every_command_has_help(string command)
    {
        var (exit, stdout, _) = Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains($" {command} ", stdout.Split("Usage:")[1]);
        Assert.Contains("-h, --help", stdout);
    }

    [Fact]
    public void The_top_help_lists_the_commands_and_every_format()
    {
        var (exit, stdout, _) = Run("--help");
        Assert.Equal(0, exit);
        foreach (var command in new[] { "check", "extract", "eval", "segment", "train" }) Assert.Contains(command, stdout);
        foreach (var extension in ReportPipeline.ReportExtensions) Assert.Contains(extension, stdout);
    }

    [Fact]
    public void The_readme_lists_the_formats_the_readers_take()
    {
        // The README says which files `check` reads ("reads every `.txt .docx …` under each PATH"): the same list.
        var readme = File.ReadAllText(Path.Combine(PerfEvalIngest.Tests.Support.RepositoryPaths.Root, "README.md"));
        var listed = System.Text.RegularExpressions.Regex.Match(readme, "reads every `([^`]+)` under each PATH").Groups[1].Value;
        Assert.Equal(ReportPipeline.ReportExtensions.Order(StringComparer.Ordinal), listed.Split(' ').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_version_is_printed()
    {
        var (exit, stdout, _) = Run("--version");
        Assert.Equal(0, exit);
        // The version the build declares, in Directory.Build.props.
        var props = File.ReadAllText(Path.Combine(PerfEvalIngest.Tests.Support.RepositoryPaths.Root, "Directory.Build.props"));
        var declared = System.Text.RegularExpressions.Regex.Match(props, "<Version>([^<]+)</Version>").Groups[1].Value;
        Assert.StartsWith(declared, stdout);
    }

    [Fact]
    public void Short_aliases_and_equals_values_are_options_not_paths()
    {
        var output = Path.Combine(_folder, "o");
        var (exit, stdout, _) = Run("check", "-o", output, "-j", "1", "--fail-on=never", Report());
        Assert.Equal(0, exit);
        Assert.Contains("1 files: 1 ok", stdout);
        Assert.True(File.Exists(Path.Combine(output, "reports", "report.txt.json")));
        Assert.False(Directory.Exists(Path.Combine(_folder, "-o")));
    }

    [Fact]
    public void A_mistyped_option_is_named_with_the_nearest_and_exits_2()
    {
        var (exit, _, stderr) = Run("check", "--jbos", "2", Report());
        Assert.Equal(2, exit);
        Assert.Contains("--jbos", stderr);
        Assert.Contains("--jobs", stderr);
    }

    [Fact]
    public void A_mistyped_command_is_named_with_the_nearest_and_exits_2()
    {
        var (exit, _, stderr) = Run("chek", Report());
        Assert.Equal(2, exit);
        Assert.Contains("check", stderr);
    }

    [Fact]
    public void A_missing_input_path_exits_2_before_anything_is_written()
    {
        var output = Path.Combine(_folder, "o");
        var (exit, _, stderr) = Run("check", "-o", output, Report(), Path.Combine(_folder, "no-such.txt"));
        Assert.Equal(2, exit);
        Assert.Contains("no-such.txt", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void An_output_that_is_a_file_exits_2_with_a_message()
    {
        var file = Path.Combine(_folder, "taken");
        File.WriteAllText(file, "");
        var (exit, _, stderr) = Run("check", "--out", file, Report());
        Assert.Equal(2, exit);
        Assert.Contains("--out", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unwritable_output_folder_exits_2_where_permissions_apply()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_folder, "locked")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        bool enforced;
        try { File.WriteAllText(Path.Combine(locked, "x"), ""); File.Delete(Path.Combine(locked, "x")); enforced = false; }
        catch (UnauthorizedAccessException) { enforced = true; }
        var (exit, _, stderr) = Run("check", "--out", Path.Combine(locked, "out"), "--fail-on", "never", Report());
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        // As root the folder stays writable and the batch runs; otherwise the run is refused with a message.
        Assert.Equal(enforced ? 2 : 0, exit);
        if (enforced) Assert.Contains("无法写入", stderr);
    }

    [Fact]
    public void A_count_below_one_is_refused()
    {
        Assert.Equal(2, Run("check", "-j", "0", Report()).Exit);
        Assert.Equal(2, Run("eval", "--sites", "0", Report()).Exit);
    }

    [Fact]
    public void A_rerun_into_the_same_folder_removes_the_outputs_of_inputs_no_longer_there()
    {
        var output = Path.Combine(_folder, "o");
        var other = Path.Combine(_folder, "other.txt");
        File.WriteAllText(other, "一、部门概况\n正文。\n");
        Assert.Equal(0, Run("check", "-o", output, "--fail-on", "never", Report(), other).Exit);
        Assert.True(File.Exists(Path.Combine(output, "reports", "other.txt.json")));

        Assert.Equal(0, Run("check", "-o", output, "--fail-on", "never", Report()).Exit);

        Assert.Equal(["report.txt.json"], Directory.GetFiles(Path.Combine(output, "reports")).Select(Path.GetFileName));
        Assert.Equal(["report.txt.docx", "report.txt.html", "report.txt.md"],
            Directory.GetFiles(Path.Combine(output, "checklists")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
