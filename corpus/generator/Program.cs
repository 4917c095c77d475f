using PerfEvalIngest.Corpus;
using PerfEvalIngest.Corpus.Output;
using PerfEvalIngest.Corpus.Plan;
using PerfEvalIngest.Corpus.Verification;

// Usage: dotnet run --project corpus/generator -- [--out DIR] [--verify]
//   --out DIR   where reports/, truth/, docx/ and README.md go (default: corpus)
//   --verify    write nothing; exit 1 if the files under DIR differ from what would be generated
// Exit codes: 0 done; 1 self-check failed or (with --verify) the corpus on disk is stale; 2 bad usage.

var outDir = "corpus";
var verify = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--out" when i + 1 < args.Length:
            outDir = args[++i];
            break;
        case "--verify":
            verify = true;
            break;
        default:
            Console.Error.WriteLine($"unknown argument: {args[i]}\nusage: PerfEvalIngest.Corpus [--out DIR] [--verify]");
            return 2;
    }
}

var reports = CorpusPlan.Reports.Select(ReportBuilder.Build).ToList();

var problems = reports.SelectMany(r => SelfCheck.Run(r.Plan, r.Text, r.Truth, r.Claims)).ToList();
foreach (var p in problems) Console.Error.WriteLine(p);
if (problems.Count > 0)
{
    Console.Error.WriteLine($"self-check failed: {problems.Count} problem(s); nothing written");
    return 1;
}

var files = CorpusFiles.Of(reports);
if (verify)
{
    var stale = files.Where(f =>
    {
        var path = Path.Combine(outDir, f.Path);
        return !File.Exists(path) || !File.ReadAllBytes(path).AsSpan().SequenceEqual(f.Bytes);
    }).Select(f => f.Path).ToList();
    foreach (var s in stale) Console.Error.WriteLine($"differs: {s}");
    Console.WriteLine(stale.Count == 0 ? $"corpus up to date: {files.Count} files" : $"{stale.Count} file(s) differ from the generator's output");
    return stale.Count == 0 ? 0 : 1;
}

foreach (var (path, bytes) in files)
{
    var full = Path.Combine(outDir, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllBytes(full, bytes);
}
Console.WriteLine($"wrote {files.Count} files to {outDir}; self-check passed for {reports.Count} reports " +
                  $"({reports.Count(r => r.Truth.Faults.Count == 0)} clean, {reports.Sum(r => r.Truth.Faults.Count)} planted faults)");
return 0;
