using PerfEvalIngest.Ingest.Word;
using System.Diagnostics;
using PerfEvalIngest.Ingest;
using PerfEvalIngest.Tests.Ingest;

namespace PerfEvalIngest.Tests.Output.Word;

/// <summary>A program other than the SDK lays the checklist out: LibreOffice converts it to PDF, and the PDF's text
/// has the Chinese title and unit. Skipped where LibreOffice is not installed.</summary>
public sealed class ChecklistDocxLibreOfficeTests
{
    [SofficeFact]
    public void LibreOffice_converts_the_checklist_to_a_pdf_with_its_chinese_text()
    {
        var dir = Directory.CreateTempSubdirectory("checklist-docx-");
        try
        {
            var docx = Path.Combine(dir.FullName, "checklist.docx");
            File.WriteAllBytes(docx, DocxChecklists.Bytes(DocxChecklists.Synthetic()));
            // A private profile: conversions running at the same time would otherwise fight over one.
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            var (code, output) = Run(LegacyOfficeConverter.FindOnPath("soffice")!,
                [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", dir.FullName, docx], TimeSpan.FromMinutes(3));
            var pdf = Path.Combine(dir.FullName, "checklist.pdf");
            Assert.True(code == 0 && File.Exists(pdf), $"soffice exited {code}: {output}");
            Assert.True(new FileInfo(pdf).Length > 1000);

            var pdftotext = LegacyOfficeConverter.FindOnPath("pdftotext");
            if (pdftotext == null) return; // the conversion itself is checked; the text needs poppler's pdftotext
            var (textCode, text) = Run(pdftotext, ["-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1));
            Assert.Equal(0, textCode);
            var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains("审核清单", compact);
            Assert.Contains("单位：某单位", compact);
            Assert.Contains("金额单位与上下文不一致", compact);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static (int Code, string Output) Run(string program, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
