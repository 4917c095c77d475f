using System.Diagnostics;
using System.Globalization;
using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Cli;

/// <summary>
/// Progress on a terminal — a bar, files done, elapsed time, the time left at the pace so far, the running count of
/// failed files and errors, the file just done — or one plain line per file when the output is redirected (logs,
/// CI). At the end the failed files are named with their reasons. Names are cut by their width on the screen, where a
/// Chinese character takes two columns.
/// </summary>
internal sealed class ProgressReporter
{
    private const int NameColumns = 36;

    private readonly TextWriter _out;
    private readonly bool _plain;
    private readonly object _lock = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _failed, _errors;

    public ProgressReporter(TextWriter output, bool plain)
    {
        _out = output;
        _plain = plain;
    }

    public void Report(int done, int total, ReportResult result)
    {
        lock (_lock)
        {
            if (result.Failed) _failed++;
            _errors += result.Count(Severity.Error);
            var state = (result.Failed
                ? $"failed ({result.Error!.Code})"
                : $"{result.Count(Severity.Error)} errors, {result.Count(Severity.Warning)} warnings") + (result.Reused ? " (unchanged, kept)" : "");
            if (_plain)
            {
                _out.WriteLine($"[{done}/{total}] {result.Name}: {state}");
                return;
            }
            const int width = 24;
            int filled = total == 0 ? width : done * width / total;
            var elapsed = _clock.Elapsed;
            var left = done == 0 ? TimeSpan.Zero : elapsed / done * (total - done);
            _out.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {Clock(elapsed)} 剩余 {Clock(left)} " +
                       $"失败 {_failed} 错误 {_errors}  {Fit(result.Name, NameColumns)}");
        }
    }

    /// <summary>Ends the bar and names every file that failed, with its reason.</summary>
    public void Finish(IReadOnlyList<ReportResult> results)
    {
        lock (_lock)
        {
            if (!_plain) _out.WriteLine();
            var failed = results.Where(r => r.Failed).ToList();
            if (failed.Count == 0) return;
            _out.WriteLine($"未能检查的文件 / files not checked: {failed.Count}");
            foreach (var r in failed) _out.WriteLine($"  {r.Name}: {r.Error!.Code} — {r.Error.Message}");
        }
    }

    private static string Clock(TimeSpan t) => t.ToString(t.TotalHours >= 1 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>The name cut from the left to fit <paramref name="columns"/> screen columns, padded to them.</summary>
    private static string Fit(string name, int columns)
    {
        int used = 0;
        var kept = new Stack<string>();
        var elements = StringInfo.GetTextElementEnumerator(name);
        var all = new List<string>();
        while (elements.MoveNext()) all.Add(elements.GetTextElement());
        for (int i = all.Count - 1; i >= 0; i--)
        {
            int w = Columns(all[i]);
            if (used + w > columns - 1 && i > 0) { kept.Push("…"); used++; break; }
            kept.Push(all[i]);
            used += w;
        }
        return string.Concat(kept) + new string(' ', Math.Max(0, columns - used));
    }

    /// <summary>East Asian wide and full-width characters take two columns.</summary>
    private static int Columns(string element)
    {
        int c = char.ConvertToUtf32(element, 0);
        bool wide = c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD;
        return wide ? 2 : 1;
    }
}
