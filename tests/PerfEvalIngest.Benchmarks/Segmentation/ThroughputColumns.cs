using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfEvalIngest.Benchmarks.Segmentation;

/// <summary>Megabytes of UTF-8 input per second and bytes allocated per megabyte of input, next to BenchmarkDotNet's own columns.</summary>
public sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig()
    {
        var bytes = BenchmarkText.Utf8Bytes(BenchmarkText.Load());
        AddColumn(new PerInputColumn("MB/s", "UTF-8 megabytes (10^6 bytes) of input segmented per second",
            (report, _) => report.ResultStatistics is { } stats ? bytes / (stats.Mean / 1e9) / 1e6 : null));
        AddColumn(new PerInputColumn("Alloc/MB", "bytes allocated per UTF-8 megabyte of input",
            (report, benchmark) => report.GcStats.GetBytesAllocatedPerOperation(benchmark) is { } allocated ? allocated / (bytes / 1e6) : null));
    }

    private sealed class PerInputColumn(string name, string legend, Func<BenchmarkReport, BenchmarkCase, double?> value) : IColumn
    {
        public string Id => nameof(PerInputColumn) + name;
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
            => summary[benchmarkCase] is { } report && value(report, benchmarkCase) is { } v ? v.ToString("N1", style.CultureInfo) : "-";
    }
}
