using PerfEvalIngest.Batch;
using System.Globalization;
using System.CommandLine;
using System.CommandLine.Parsing;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Segmentation;

namespace PerfEvalIngest.Cli;

/// <summary>
/// The command line, on System.CommandLine: every command with -h/--help, --version, short aliases (-o, -j, -r),
/// --opt=value, suggestions for a mistyped command or option. Usage errors print in Chinese first and exit with 2,
/// as the contract says; the commands themselves return 0, 1 or 2.
/// </summary>
internal static class PerfevalCommandLine
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        // The command says the same in every locale: its help is Chinese and English whatever the parser's own
        // resources would choose (German "Verwendung:" under LANG=de_DE), its figures print as the reports print them.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return RunInvariant(args, stdout, stderr, stdin);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    private static int RunInvariant(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin)
    {
        var root = Build(stdout, stderr, stdin ?? Console.In);
        // The version is this tool's, whatever program hosts the command line (a test runner, a script).
        if (args is ["--version"])
        {
            stdout.WriteLine(ReportPipeline.Version);
            return 0;
        }
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            stderr.WriteLine("perfeval: 命令行有误 / usage error");
            // A mistyped command (chek) is named with the nearest one, as options are.
            if (args.Length > 0 && !args[0].StartsWith('-') && root.Subcommands.All(c => c.Name != args[0])
                && root.Subcommands.MinBy(c => Distance(c.Name, args[0])) is { } nearest && Distance(nearest.Name, args[0]) <= 2)
                stderr.WriteLine($"  未知命令 {args[0]}，是否想用 {nearest.Name}？/ unknown command {args[0]}; did you mean {nearest.Name}?");
            foreach (var error in parsed.Errors) stderr.WriteLine($"  {error.Message}");
            stderr.WriteLine("运行 perfeval --help 或 perfeval COMMAND --help 查看用法 / run 'perfeval --help' for usage");
            return 2;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    private static RootCommand Build(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var root = new RootCommand(
            "perfeval — 预算绩效自评报告审核 / checks budget performance self-evaluation reports and budget disclosures.\n" +
            $"Formats read: {string.Join(" ", ReportPipeline.ReportExtensions)}.\n" +
            "Exit codes: 0 done, nothing at or above --fail-on; 1 something at or above it; 2 bad usage or nothing could be read.")
        {
            CheckCommandLine(stdout, stderr),
            ExtractCommandLine(stdout, stderr),
            EvalCommandLine(stdout, stderr),
            SegmentCommandLine(stdout, stderr, stdin),
            TrainCommandLine(stdout, stderr),
            ExportCommandLine(stdout, stderr),
            WorkerCommandLine(stdin),
        };
        return root;
    }

    private static Command CheckCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var paths = Paths("PATH", "报告文件或文件夹 / report files or folders");
        var output = new Option<string>("--out", "-o") { Description = "输出文件夹 / output folder", DefaultValueFactory = _ => "out" };
        var rubric = new Option<string?>("--rubric", "-r") { Description = "评分规则 id 或文件 / rubric id or file (default: the best match)" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "同时处理的文件数 / files checked at once", DefaultValueFactory = _ => Environment.ProcessorCount };
        AtLeastOne(jobs);
        var failOn = new Option<string>("--fail-on") { Description = "退出码 1 的门槛 / exit 1 at or above", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning", "never");
        var json = new Option<bool>("--json") { Description = "单个文件：把报告 JSON 写到标准输出 / one file: the report JSON to standard output" };
        var timeout = new Option<int>("--timeout") { Description = "每个文件的时限（秒），超时记为失败 / seconds a file may take before it fails as timeout", DefaultValueFactory = _ => 120 };
        AtLeastOne(timeout);
        var fresh = new Option<bool>("--fresh") { Description = "全部重新检查，不沿用上次未变的结果 / check every file again, reusing nothing from the last run" };
        var memory = new Option<int>("--memory") { Description = "每个文件可用的内存（MB），超出记为失败 / megabytes a file may take before it fails as too-large", DefaultValueFactory = _ => 1024 };
        AtLeastOne(memory);
        var inProcess = new Option<bool>("--in-process") { Description = "在本进程内检查，不另起工作进程（不限内存）/ check files in this process: no worker processes, no memory budget" };
        var db = new Option<string?>("--db") { Description = "另写入共享的 PostgreSQL 数据库 / also write the dataset to a shared PostgreSQL database (postgresql://user:password@host:port/db)" };
        var command = new Command("check", "检查报告，写出 reports/、checklists/、summary.json、dataset.sqlite / checks reports and writes the outputs")
        {
            paths, output, rubric, jobs, failOn, json, timeout, memory, inProcess, fresh, db,
        };
        RejectOptionLikePaths(paths, command);
        command.SetAction(r => CheckCommand.Execute(r.GetValue(paths)!, r.GetValue(output)!,
            new BatchOptions
            {
                Report = new ReportOptions(r.GetValue(rubric)),
                TimeBudget = TimeSpan.FromSeconds(r.GetValue(timeout)),
                MemoryBudget = (long)r.GetValue(memory) << 20,
                Resume = !r.GetValue(fresh),
                Workers = r.GetValue(inProcess) ? null : WorkerCommand.Start(),
            }, r.GetValue(jobs),
            r.GetValue(failOn) switch { "never" => null, "warning" => Severity.Warning, _ => Severity.Error }, r.GetValue(json), stdout, stderr,
            r.GetValue(db)));
        return command;
    }

    private static Command ExtractCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = "一个报告文件 / one report file" };
        var command = new Command("extract", "不做检查，输出报告 JSON（提纲、表格、数据）/ the report JSON without checks") { file };
        command.SetAction(r => ExtractCommand.Execute(r.GetValue(file)!, stdout, stderr));
        return command;
    }

    private static Command EvalCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var paths = Paths("PATH", "报告文件或文件夹 / report files or folders");
        var sites = new Option<int>("--sites") { Description = "每类错误最多植入几处 / places per fault type", DefaultValueFactory = _ => 10 };
        AtLeastOne(sites);
        var real = new Option<bool>("--real") { Description = "真实报告：其自身的问题不计为误报 / real reports: their own findings are no false alarms" };
        var truth = new Option<string?>("--truth") { Description = "标注文件夹：按人工标注评分 / score against the hand-written truth in this folder" };
        var details = new Option<bool>("--details") { Description = "列出每个遗漏和未解释的问题 / list every miss and unexplained finding" };
        var command = new Command("eval", "植入错误评测检出率，或按人工标注评分 / plants faults and measures recall, or scores against truth")
        {
            paths, sites, real, truth, details,
        };
        RejectOptionLikePaths(paths, command);
        command.SetAction(r => EvalCommand.Execute(r.GetValue(paths)!, r.GetValue(sites), r.GetValue(real), r.GetValue(truth), r.GetValue(details), stdout, stderr));
        return command;
    }

    private static Command SegmentCommandLine(TextWriter stdout, TextWriter stderr, TextReader stdin)
    {
        var file = new Argument<string?>("FILE") { Description = "文本文件，- 或省略为标准输入 / a text file; - or nothing reads standard input", Arity = ArgumentArity.ZeroOrOne };
        var mode = new Option<string>("--mode") { Description = "precise, full or search", DefaultValueFactory = _ => "precise" };
        mode.AcceptOnlyFromAmong("precise", "full", "search");
        var noHmm = new Option<bool>("--no-hmm") { Description = "不猜测词典外的词 / do not guess words the dictionary lacks" };
        var noUserDict = new Option<bool>("--no-user-dict") { Description = "不加预算术语词典 / leave out the budget-term dictionary" };
        var command = new Command("segment", "中文分词（与 jieba 0.42.1 一致），每行一个词 / Chinese word segmentation, one token per line")
        {
            file, mode, noHmm, noUserDict,
        };
        command.SetAction(r => SegmentCommand.Execute(r.GetValue(file) is { } f && f != "-" ? f : null,
            r.GetValue(mode) switch { "full" => SegmentMode.Full, "search" => SegmentMode.Search, _ => SegmentMode.Precise },
            !r.GetValue(noHmm), !r.GetValue(noUserDict), stdin, stdout, stderr));
        return command;
    }

    private static Command TrainCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var repo = new Option<string?>("--repo") { Description = "仓库目录（默认当前目录）/ the repository (default: the current folder)" };
        var seeds = new Option<string?>("--seeds") { Description = "种子报告文件夹 / the seed reports" };
        var pool = new Option<string?>("--pool") { Description = "真实文档库 / the real pool" };
        var output = new Option<string?>("--out", "-o") { Description = "模型输出文件夹（默认 models/ml）/ where the models go" };
        var verify = new Option<bool>("--verify") { Description = "不写文件；与已提交模型不同则退出码 1 / write nothing; exit 1 when the models differ" };
        var command = new Command("train", "由标注数据训练文档类型与章节类别模型 / trains the document-kind and section-category models")
        {
            repo, seeds, pool, output, verify,
        };
        command.SetAction(r => TrainCommand.Execute(r.GetValue(repo) ?? Directory.GetCurrentDirectory(), r.GetValue(seeds), r.GetValue(pool),
            r.GetValue(output), r.GetValue(verify), stdout, stderr));
        return command;
    }

    /// <summary>The worker a batch starts per job (<see cref="WorkerCommand"/>); not for people, so hidden.</summary>
    private static Command WorkerCommandLine(TextReader stdin)
    {
        var output = new Option<string>("--out", "-o") { Required = true };
        var rubric = new Option<string?>("--rubric", "-r");
        var command = new Command("worker", "一个批次的工作进程 / a batch's worker process") { output, rubric };
        command.Hidden = true;
        command.SetAction(r => WorkerCommand.Execute(r.GetValue(output)!, r.GetValue(rubric), stdin));
        return command;
    }

    private static Command ExportCommandLine(TextWriter stdout, TextWriter stderr)
    {
        var dataset = new Argument<string>("DATASET")
        {
            Description = $"数据集文件 / the dataset (default: {ExportCommand.DefaultDataset})", Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ExportCommand.DefaultDataset,
        };
        var format = new Option<string>("--format", "-f") { Description = "csv：每张表一个文件 / one file per table; xlsx：一个工作簿 / one workbook", DefaultValueFactory = _ => "xlsx" };
        format.AcceptOnlyFromAmong("csv", "xlsx");
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"csv 为文件夹（默认 {ExportCommand.DefaultOutput(Output.Export.ExportFormat.Csv)}）/ a folder for csv; " +
                          $"xlsx 为文件（默认 {ExportCommand.DefaultOutput(Output.Export.ExportFormat.Xlsx)}）/ a file for xlsx",
        };
        var command = new Command("export", "把数据集导出为 CSV 或 Excel 工作簿 / exports the dataset as CSV files or an Excel workbook")
        {
            dataset, format, output,
        };
        command.SetAction(r => ExportCommand.Execute(r.GetValue(dataset)!,
            r.GetValue(format) == "csv" ? Output.Export.ExportFormat.Csv : Output.Export.ExportFormat.Xlsx, r.GetValue(output), stdout, stderr));
        return command;
    }

    /// <summary>A count option takes a whole number ≥ 1 (a word is refused by the parser itself).</summary>
    private static void AtLeastOne(Option<int> option) =>
        option.Validators.Add(r =>
        {
            if (r.Tokens.Count == 1 && int.TryParse(r.Tokens[0].Value, out var n) && n < 1)
                r.AddError($"{option.Name} 须为不小于 1 的整数 / {option.Name} needs a whole number ≥ 1");
        });

    private static Argument<string[]> Paths(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.OneOrMore };

    /// <summary>A mistyped option (--jbos) would otherwise be read as a path: refused, with the nearest option named.</summary>
    private static void RejectOptionLikePaths(Argument<string[]> paths, Command command) =>
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value))
            {
                if (token.Length < 2 || token[0] != '-' || File.Exists(token) || Directory.Exists(token)) continue;
                var name = token.Split('=')[0];
                var nearest = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
                    .Where(a => a.StartsWith("--", StringComparison.Ordinal))
                    .OrderBy(a => Distance(a, name)).ThenBy(a => a, StringComparer.Ordinal).FirstOrDefault();
                result.AddError(nearest != null && Distance(nearest, name) <= 3
                    ? $"未知选项 {name}，是否想用 {nearest}？/ unknown option {name}; did you mean {nearest}?"
                    : $"未知选项 {name} / unknown option {name}");
            }
        });

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
