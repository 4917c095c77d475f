using PerfEvalIngest.Ingest;
using PerfEvalIngest.Batch;
using Xunit.Abstractions;
using PerfEvalIngest.Tests.Ingest.OfficeBuilders;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests.Hostile;

/// <summary>
/// A mutation fuzzer over one seed per format (a corpus text, a Word and an Excel file built here, a corpus PDF): each
/// mutant flips, inserts, deletes, duplicates or cuts bytes, and is read and checked within a time budget. No mutant
/// may fail inside the tool (internal) or overrun. CI runs a short round; PERFEVAL_FUZZ_SECONDS runs as long as it
/// says (the long run in the README), and PERFEVAL_FUZZ_KEEP names a folder that receives each failing mutant.
/// </summary>
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private const int ShortRoundPerFormat = 40;

    [Fact]
    public void Mutants_of_every_format_never_fail_inside_the_tool()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_SECONDS"), out var s) ? s : 0;
        var keep = Environment.GetEnvironmentVariable("PERFEVAL_FUZZ_KEEP");
        var seeds = new (string Ext, byte[] Bytes)[]
        {
            ("txt", File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "reports", "nanjing-02.txt"))),
            ("docx", new DocxPackage { Numbering = DocxPackage.ListDefinition(1, ("chineseCounting", "%1、", 1)) + DocxPackage.Num(1, 1) }
                .Numbered("部门概况", 1).Paragraph("2023年收入总额100.00万元，其中财政拨款80.00万元、事业收入20.00万元。")
                .Raw("<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p></w:tc></w:tr>" +
                     "<w:tr><w:tc><w:p><w:r><w:t>合计</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>100.00</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")
                .Numbered("存在的问题", 1).Build()),
            ("xlsx", new XlsxPackage().Sheet("自评表", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>指标名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>分值</t></is></c></row>" +
                "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>培训人次</t></is></c><c r=\"B2\"><v>20</v></c></row>").Build()),
            ("pdf", File.ReadAllBytes(Path.Combine(RepositoryPaths.Corpus, "pdf", "nanjing-02.pdf"))),
        };
        var runner = new BatchRunner(TestPipeline.Instance);
        var options = new BatchOptions { TimeBudget = TimeSpan.FromSeconds(20) };
        var random = new Random(20261129);
        var folder = Directory.CreateTempSubdirectory("perfeval-fuzz-").FullName;
        var failures = new List<string>();
        var perFormat = seeds.ToDictionary(x => x.Ext, _ => 0);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            for (int round = 0; seconds > 0 ? clock.Elapsed.TotalSeconds < seconds : round < ShortRoundPerFormat; round++)
                foreach (var (ext, bytes) in seeds)
                {
                    var mutant = Mutate(bytes, random);
                    var path = Path.Combine(folder, $"mutant-{round}.{ext}");
                    File.WriteAllBytes(path, mutant);
                    var result = runner.RunGuarded(new Submission(path, Path.GetFileName(path)), options);
                    perFormat[ext]++;
                    if (result.Error?.Code is "internal" or "timeout")
                    {
                        failures.Add($"{Path.GetFileName(path)}: {result.Error.Code}: {result.Error.Message}");
                        if (keep != null) File.Copy(path, Path.Combine(Directory.CreateDirectory(keep).FullName, Path.GetFileName(path)), overwrite: true);
                    }
                    File.Delete(path);
                }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
        output.WriteLine($"mutants per format: {string.Join(", ", perFormat.Select(p => $"{p.Key} {p.Value}"))} in {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>One to eight edits of a random kind.</summary>
    private static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, 9);
        for (int e = 0; e < edits && bytes.Count > 1; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes[at] ^= (byte)(1 << random.Next(8)); break;
                case 1: bytes.Insert(at, (byte)random.Next(256)); break;
                case 2: bytes.RemoveRange(at, Math.Min(random.Next(1, 64), bytes.Count - at)); break;
                case 3:
                    int length = Math.Min(random.Next(1, 256), bytes.Count - at);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
                default: bytes.RemoveRange(at, bytes.Count - at); break;
            }
        }
        return bytes.Count == 0 ? [0] : bytes.ToArray();
    }
}
