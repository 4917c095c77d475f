using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Truth;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>Every file of the corpus as (relative path, bytes), so writing and verifying share one list.</summary>
static class CorpusFiles
{
    public static List<(string Path, byte[] Bytes)> Of(IReadOnlyList<GeneratedReport> reports)
    {
        var files = new List<(string, byte[])>();
        foreach (var r in reports)
        {
            var id = r.Truth.Id;
            files.Add(($"reports/{id}.txt", TextEncodings.Utf8(r.Text)));
            files.Add(($"truth/{id}.json", TextEncodings.Utf8(TruthJson.Serialize(r.Truth))));
            files.Add(($"docx/{id}.docx", DocxWriter.Write(r)));
            if (SelfEvaluationSheet(r) is { } sheet)
                files.Add(($"docx/{id}.自评表.xlsx", XlsxWriter.Write(sheet, "自评表")));
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Gb18030))
                files.AddRange(Copy(r, "gb18030", TextEncodings.Gb18030(r.Text)));
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Utf16))
                files.AddRange(Copy(r, "utf16", TextEncodings.Utf16LeWithBom(r.Text)));
        }
        files.Add(("README.md", TextEncodings.Utf8(ReadmeWriter.Write(reports))));
        return files;
    }

    /// <summary>Suzhou and Hunan units, and those that attach it, also send their 自评表 as a workbook beside the report.</summary>
    static DumpTable? SelfEvaluationSheet(GeneratedReport r) =>
        r.Plan.SheetWorkbook
            ? r.Word.OfType<WordTable>().LastOrDefault(t => t.Caption.EndsWith("自评表", StringComparison.Ordinal))?.Table
            : null;

    static IEnumerable<(string, byte[])> Copy(GeneratedReport r, string suffix, byte[] bytes)
    {
        var id = $"{r.Truth.Id}.{suffix}";
        yield return ($"reports/{id}.txt", bytes);
        var truth = r.Truth with { Id = id, SameAs = r.Truth.Id };
        yield return ($"truth/{id}.json", TextEncodings.Utf8(TruthJson.Serialize(truth)));
    }
}
