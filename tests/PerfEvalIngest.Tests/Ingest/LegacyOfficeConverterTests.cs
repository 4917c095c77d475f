using PerfEvalIngest.Ingest.Word;
using System.Diagnostics;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Ingest;

/// <summary>A test that needs LibreOffice; skipped, with the reason, where soffice is not on PATH.</summary>
public sealed class SofficeFactAttribute : FactAttribute
{
    public SofficeFactAttribute()
    {
        if (LegacyOfficeConverter.FindOnPath("soffice") == null) Skip = "soffice (LibreOffice) is not on PATH";
    }
}

/// <summary>Legacy .doc/.wps files: converted by LibreOffice where it is installed, a clear refusal where not.</summary>
public sealed class LegacyOfficeConverterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("perfeval-legacy-test-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [SofficeFact]
    public void A_doc_saved_by_libreoffice_reads_like_its_text_version()
    {
        var doc = SaveAsDoc(Path.Combine(RepositoryPaths.Corpus, "docx", "hunan-03.docx"));

        var fromDoc = TestPipeline.Instance.Run(doc, "hunan-03.doc", new ReportOptions());
        var fromText = TestPipeline.CheckFile(Path.Combine(RepositoryPaths.Corpus, "reports", "hunan-03.txt"));

        Assert.Null(fromDoc.Error);
        Assert.Equal("doc", fromDoc.Source.Format);
        Assert.Equal(fromText.Structure!.Outline.Select(h => (h.Level, h.Label, h.Title)),
            fromDoc.Structure!.Outline.Select(h => (h.Level, h.Label, h.Title)));
        Assert.Equal(fromText.Facts!.Facts.Select(f => (f.Concept, f.Value, f.Unit)),
            fromDoc.Facts!.Facts.Select(f => (f.Concept, f.Value, f.Unit)));
    }

    [Fact]
    public void Without_libreoffice_a_doc_is_unsupported_with_the_command_that_converts_it()
    {
        var converter = new LegacyOfficeConverter(soffice: null);

        var document = converter.Read(SourceFile.FromBytes("报告.doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));

        Assert.Equal("unsupported", document.Error!.Code);
        Assert.Contains("soffice --headless --convert-to docx", document.Error.Message);
    }

    [Fact]
    public void A_conversion_that_hangs_is_killed_and_reported_unreadable()
    {
        if (OperatingSystem.IsWindows()) return;   // the stand-in below is a shell script
        var hanging = Path.Combine(_folder, "soffice");
        File.WriteAllText(hanging, "#!/bin/sh\nsleep 30\n");
        File.SetUnixFileMode(hanging, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var converter = new LegacyOfficeConverter(hanging, TimeSpan.FromMilliseconds(500));

        var watch = Stopwatch.StartNew();
        var document = converter.Read(SourceFile.FromBytes("报告.wps", [1, 2, 3]));

        Assert.Equal("unreadable", document.Error!.Code);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    /// <summary>Makes a .doc the way a user would, with a profile of its own (see packages.md on soffice).</summary>
    private string SaveAsDoc(string docx)
    {
        var profile = Directory.CreateTempSubdirectory("perfeval-lo-profile-").FullName;
        try
        {
            var start = new ProcessStartInfo("soffice") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "--headless", "-env:UserInstallation=" + new Uri(profile + "/").AbsoluteUri, "--convert-to", "doc", "--outdir", _folder, docx })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "soffice did not finish in 60 s");
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
        var doc = Path.Combine(_folder, Path.GetFileNameWithoutExtension(docx) + ".doc");
        Assert.True(File.Exists(doc), "soffice wrote no .doc");
        return doc;
    }
}
