using Microsoft.Data.Sqlite;
using PerfEvalIngest.Output.Export;

namespace PerfEvalIngest.Cli;

/// <summary>perfeval export [DATASET] [--format csv|xlsx] [-o PATH] — the dataset's tables as CSV files (one per table,
/// and columns.csv) or as one workbook. Exit codes: 0 written, 2 no dataset or one that cannot be read.</summary>
internal static class ExportCommand
{
    public const string DefaultDataset = "out/dataset.sqlite";

    /// <summary>Where the export goes when --out is not given: a folder for CSV, a file for XLSX.</summary>
    public static string DefaultOutput(ExportFormat format) => format == ExportFormat.Csv ? "out/export" : "out/dataset.xlsx";

    public static int Execute(string dataset, ExportFormat format, string? output, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(dataset))
            return Usage.Fail(stderr, Directory.Exists(dataset)
                ? $"数据集应为文件而不是文件夹 / the dataset is a folder, not a file: {dataset}"
                : $"找不到数据集 / no such dataset: {dataset} (先运行 perfeval check / run 'perfeval check' first)");
        output ??= DefaultOutput(format);
        if (format == ExportFormat.Csv && File.Exists(output))
            return Usage.Fail(stderr, $"--out 指向的是文件而不是文件夹 / --out names a file, not a folder: {output}");
        if (format == ExportFormat.Xlsx && Directory.Exists(output))
            return Usage.Fail(stderr, $"--out 指向的是文件夹而不是文件 / --out names a folder, not a file: {output}");

        ExportSummary summary;
        try
        {
            summary = DatasetExport.Run(dataset, format, output);
        }
        catch (Exception e) when (e is SqliteException or InvalidDataException)
        {
            return Usage.Fail(stderr, $"无法读取数据集 / cannot read the dataset {dataset}: {e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Usage.Fail(stderr, $"无法写入 / cannot write {output}: {e.Message}");
        }
        foreach (var table in summary.Tables)
            stdout.WriteLine($"{table.Name}: {table.Rows} rows → {string.Join(", ", table.Parts)}");
        stdout.WriteLine($"已导出 {summary.Tables.Count} 张表、{summary.Rows} 行 / exported {summary.Tables.Count} tables, {summary.Rows} rows: {output}");
        return 0;
    }
}
