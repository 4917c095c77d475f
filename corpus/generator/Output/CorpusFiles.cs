using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Truth;

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
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Gb18030))
                files.AddRange(Copy(r, "gb18030", TextEncodings.Gb18030(r.Text)));
            if (r.Plan.Copies.HasFlag(ExtraEncodings.Utf16))
                files.AddRange(Copy(r, "utf16", TextEncodings.Utf16LeWithBom(r.Text)));
        }
        files.Add(("README.md", TextEncodings.Utf8(ReadmeWriter.Write(reports))));
        return files;
    }

    static IEnumerable<(string, byte[])> Copy(GeneratedReport r, string suffix, byte[] bytes)
    {
        var id = $"{r.Truth.Id}.{suffix}";
        yield return ($"reports/{id}.txt", bytes);
        var truth = r.Truth with { Id = id, SameAs = r.Truth.Id };
        yield return ($"truth/{id}.json", TextEncodings.Utf8(TruthJson.Serialize(truth)));
    }
}
