using System.Diagnostics;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest.Word;

/// <summary>
/// Reads legacy Word (.doc) and WPS (.wps) files by having LibreOffice convert them to .docx in a temporary folder
/// and reading that with <see cref="DocxReportReader"/>. Without <c>soffice</c> on PATH the file is an
/// <c>unsupported</c> report whose message gives the command that converts it.
/// </summary>
/// <remarks>
/// Every conversion runs with a fresh LibreOffice profile (-env:UserInstallation): a second soffice would
/// otherwise hand its work to an instance already running under the shared profile, including another program's,
/// and parallel conversions would wait on each other. A conversion that outlives the timeout is killed with its
/// child processes and the file is reported unreadable; the batch goes on.
/// </remarks>
internal sealed class LegacyOfficeConverter : IDocumentReader
{
    /// <summary>The converter with soffice looked up on PATH once, when first used.</summary>
    public static LegacyOfficeConverter Instance => Default.Value;

    private static readonly Lazy<LegacyOfficeConverter> Default = new(() => new LegacyOfficeConverter(FindOnPath("soffice")));

    internal const string ConvertHint =
        "未找到 LibreOffice（soffice），请先转换为 .docx：soffice --headless --convert-to docx 文件名.doc / " +
        "LibreOffice (soffice) not found: convert the file first, e.g. soffice --headless --convert-to docx FILE.doc";

    private readonly string? _soffice;
    private readonly TimeSpan _timeout;

    /// <param name="soffice">Path of the soffice executable; null when LibreOffice is not available.</param>
    public LegacyOfficeConverter(string? soffice, TimeSpan? timeout = null)
    {
        _soffice = soffice;
        _timeout = timeout ?? TimeSpan.FromSeconds(60);
    }

    public string Format => "doc";
    public IReadOnlyList<string> Extensions { get; } = [".doc", ".wps"];
    public bool Available => _soffice != null;

    public Document Read(SourceFile file)
    {
        var info = file.Info(Format);
        if (_soffice == null) return new Document(info, [], ReadError.Unsupported(ConvertHint));
        if (file.Bytes.Length == 0) return new Document(info, [], ReadError.Empty("0 字节 / 0 bytes"));

        var work = Directory.CreateTempSubdirectory("perfeval-legacy-");
        try
        {
            // A fixed ASCII name keeps odd file names (spaces, quotes, leading dashes) away from the command line.
            var input = Path.Combine(work.FullName, "report" + Path.GetExtension(file.Path).ToLowerInvariant());
            File.WriteAllBytes(input, file.Bytes);
            var outDir = Path.Combine(work.FullName, "out");
            var problem = Convert(input, outDir, Path.Combine(work.FullName, "profile"));
            var converted = Path.Combine(outDir, "report.docx");
            if (problem != null) return new Document(info, [], problem);
            if (!File.Exists(converted))
                return new Document(info, [], ReadError.Corrupt("LibreOffice 未能转换该文件 / LibreOffice could not convert the file"));
            var document = DocxReportReader.Instance.Read(SourceFile.FromBytes(file.Path, File.ReadAllBytes(converted)));
            return document with { Source = info };
        }
        finally
        {
            try { work.Delete(recursive: true); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a temp folder left behind is harmless */ }
        }
    }

    /// <summary>Runs soffice; null when it finished in time, else why the file could not be read.</summary>
    private ReadError? Convert(string input, string outDir, string profile)
    {
        var start = new ProcessStartInfo(_soffice!)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in new[] { "--headless", "--norestore", "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri,
                                    "--convert-to", "docx", "--outdir", outDir, input })
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start);
            if (process == null) return ReadError.Unreadable("无法启动 LibreOffice / could not start LibreOffice");
            process.StandardInput.Close();
            // Drain both pipes so a chatty soffice never blocks on a full buffer.
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(_timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                return ReadError.Unreadable($"LibreOffice 转换超时（{_timeout.TotalSeconds:0} 秒） / conversion timed out");
            }
            Task.WaitAll(stdout, stderr);
            return null;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return ReadError.Unreadable($"LibreOffice 转换失败 / conversion failed ({e.Message})");
        }
    }

    /// <summary>The full path of an executable found on PATH, or null.</summary>
    public static string? FindOnPath(string name)
    {
        var names = OperatingSystem.IsWindows() ? new[] { name + ".exe", name + ".com" } : [name];
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            foreach (var candidate in names)
            {
                var path = Path.Combine(dir, candidate);
                if (File.Exists(path)) return path;
            }
        return null;
    }
}
