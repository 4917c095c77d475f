using System.Runtime.InteropServices;
using System.Text;
using PerfEvalIngest.Cli;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Cli;

/// <summary>A folder unpacked from a zip made on Chinese Windows has GBK file names, which are not UTF-8: its reports are
/// found, read by their bytes and named as Windows meant them (GB18030), inside a GBK-named folder too; a FIFO with such
/// a name does not block the batch. The names are made through the C library, since .NET cannot make them.</summary>
public sealed class RawFileNameTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("perfeval-gbk-").FullName;

    /// <summary>.NET cannot delete what it cannot name: rm does.</summary>
    public void Dispose()
    {
        using var rm = System.Diagnostics.Process.Start("rm", ["-rf", _root]);
        rm.WaitForExit();
    }

    private static byte[] Gbk(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GBK").GetBytes(text);
    }

    private byte[] Under(params byte[][] parts) => [.. Encoding.UTF8.GetBytes(_root), .. parts.SelectMany(p => (byte[])[(byte)'/', .. p])];

    private static void Write(byte[] path, byte[] content)
    {
        int fd = open([.. path, 0], 0x1 | 0x40 | 0x200, Convert.ToInt32("644", 8)); // O_WRONLY | O_CREAT | O_TRUNC
        Assert.True(fd >= 0, "could not create the GBK-named file");
        Assert.Equal(content.Length, (int)write(fd, content, content.Length));
        close(fd);
    }

    [Fact]
    public void Reports_with_gbk_names_are_found_read_and_named_as_windows_meant()
    {
        if (!OperatingSystem.IsLinux()) return; // elsewhere every file name is Unicode already
        Write(Under(Gbk("绩效自评报告.txt")), File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "hunan-01.txt")));
        Assert.Equal(0, mkdir([.. Under(Gbk("附件")), 0], Convert.ToInt32("755", 8)));
        Write(Under(Gbk("附件"), Gbk("报告二.txt")), File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "suzhou-01.txt")));
        Assert.Equal(0, mkfifo([.. Under(Gbk("管道.txt")), 0], Convert.ToInt32("644", 8)));
        File.WriteAllText(Path.Combine(_root, "plain.txt"), "一、部门概况\n本单位2023年收入总额100.00万元。\n");

        var output = Path.Combine(_root, "..", Path.GetFileName(_root) + "-out");
        try
        {
            var stdout = new StringWriter();
            PerfevalCommandLine.Run(["check", _root, "-o", output, "--fail-on", "never"], stdout, new StringWriter());
            var reports = Directory.GetFiles(Path.Combine(output, "reports")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(["plain.txt.json", "管道.txt.json", "绩效自评报告.txt.json", "附件__报告二.txt.json"], reports);

            // The first line of each report names its unit (hunan-01: 澧安县林业局; suzhou-01: 岚州市公共就业服务中心).
            var main = File.ReadAllText(Path.Combine(output, "reports", "绩效自评报告.txt.json"));
            Assert.Contains("\"status\": \"ok\"", main);
            Assert.Contains("\"unit\": \"澧安县林业局\"", main);
            Assert.Contains("\"unit\": \"岚州市公共就业服务中心\"", File.ReadAllText(Path.Combine(output, "reports", "附件__报告二.txt.json")));
            var fifo = File.ReadAllText(Path.Combine(output, "reports", "管道.txt.json"));
            Assert.Contains("\"code\": \"empty\"", fifo);
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void A_gbk_named_file_or_folder_given_on_the_command_line_is_found_by_the_bytes_typed()
    {
        if (!OperatingSystem.IsLinux()) return;
        Write(Under(Gbk("报告.txt")), File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "hunan-01.txt")));
        Assert.Equal(0, mkdir([.. Under(Gbk("附件")), 0], Convert.ToInt32("755", 8)));
        Write(Under(Gbk("附件"), "a.txt"u8.ToArray()), File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "suzhou-01.txt")));

        // .NET passes arguments as UTF-16, so the bytes are typed the way a shell user would: through bash's $'\xNN'.
        string Typed(byte[] bytes) => "$'" + string.Concat(bytes.Select(b => $"\\x{b:x2}")) + "'";
        var cli = typeof(PerfevalCommandLine).Assembly.Location;
        foreach (var (name, output, expected) in new[]
                 {
                     (Under(Gbk("报告.txt")), Path.Combine(_root, "out-file"), "报告.txt.json"),
                     (Under(Gbk("附件")), Path.Combine(_root, "out-folder"), "a.txt.json"),
                 })
        {
            using var bash = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("bash",
                ["-c", $"dotnet '{cli}' check {Typed(name)} -o '{output}' --fail-on never"]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            bash.StandardError.ReadToEnd();
            bash.WaitForExit();
            Assert.Equal(0, bash.ExitCode);
            Assert.Equal([expected], Directory.GetFiles(Path.Combine(output, "reports")).Select(Path.GetFileName));
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern nint write(int fd, byte[] buffer, nint count);

    [DllImport("libc")]
    private static extern int close(int fd);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkdir(byte[] path, int mode);

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(byte[] path, int mode);
}
