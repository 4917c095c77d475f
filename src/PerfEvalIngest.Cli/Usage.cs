namespace PerfEvalIngest.Cli;

internal static class Usage
{
    public const string Text = """
        perfeval — 预算绩效自评报告审核 / checks budget performance self-evaluation reports

        perfeval check PATH... [--out DIR] [--rubric ID|FILE] [--jobs N] [--fail-on error|warning|never] [--json]
            Reads every .txt .docx .pdf .xlsx .xls .doc .wps under each PATH and writes DIR (default out/):
            reports/NAME.json, checklists/NAME.md, summary.json, dataset.sqlite.
            --json with a single file writes the report JSON to standard output instead.
        perfeval extract FILE
            The report JSON without checks (outline, tables, facts), to standard output.
        perfeval eval PATH... [--sites N] [--real]
            Plants faults of every type into each clean report (up to N places per type, default 10) and prints
            recall per fault type and false alarms per clean report; --real: PATH holds real reports whose own
            findings are not counted as false alarms.
        perfeval eval PATH... --truth DIR [--details]
            Scores the documents under PATH against hand-written truth files in DIR (matched by sha256):
            findings matched to annotated defects, defects found, key figures read right, kind, title, unit, year.
        perfeval segment [FILE|-] [--mode precise|full|search] [--no-hmm] [--no-user-dict]
            Chinese word segmentation (jieba 0.42.1-compatible), one token per line; the budget terms of
            models/jieba/userdict-budget.txt are added unless --no-user-dict.
        perfeval train [--repo DIR] [--seeds DIR] [--pool DIR] [--out DIR] [--verify]
            Trains the document-kind and section-category models from models/ml/labels (run from the
            repository, or give --repo), prints rules, model and both on the held-out sources, and writes
            the models and metrics.md to DIR (default models/ml); --verify writes nothing and exits 1 when
            the trained models differ from those in DIR.

        Exit codes: 0 done, nothing at or above --fail-on (default error); 1 something at or above it;
        2 bad usage or nothing could be read.

        """;

    public static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"perfeval: {message}");
        error.WriteLine("Run 'perfeval --help' for usage.");
        return 2;
    }
}
