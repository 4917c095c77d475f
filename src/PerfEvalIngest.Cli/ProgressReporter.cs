using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Cli;

/// <summary>A progress bar on a terminal; one plain line per file when the output is redirected (logs, CI).</summary>
internal sealed class ProgressReporter
{
    private readonly TextWriter _out;
    private readonly bool _plain;
    private readonly object _lock = new();

    public ProgressReporter(TextWriter output, bool plain)
    {
        _out = output;
        _plain = plain;
    }

    public void Report(int done, int total, ReportResult result)
    {
        lock (_lock)
        {
            var state = result.Failed
                ? $"failed ({result.Error!.Code})"
                : $"{result.Count(Severity.Error)} errors, {result.Count(Severity.Warning)} warnings";
            if (_plain)
            {
                _out.WriteLine($"[{done}/{total}] {result.Name}: {state}");
                return;
            }
            const int width = 30;
            int filled = total == 0 ? width : done * width / total;
            var name = result.Name.Length > 40 ? "…" + result.Name[^39..] : result.Name;
            _out.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {name,-40}");
        }
    }

    public void Finish()
    {
        if (!_plain) _out.WriteLine();
    }
}
