using Microsoft.Data.Sqlite;

namespace PerfEvalIngest.Output.Export;

/// <summary>The formats a dataset exports to.</summary>
public enum ExportFormat
{
    /// <summary>A folder of &lt;table&gt;.csv files and columns.csv (<see cref="CsvExport"/>).</summary>
    Csv,

    /// <summary>One workbook, a sheet per table (<see cref="XlsxExport"/>).</summary>
    Xlsx,
}

/// <summary>Exports a dataset.sqlite file: opened read-only, so an export never changes the dataset and can run beside
/// a reader of it.</summary>
public static class DatasetExport
{
    /// <param name="output">The folder for CSV, the file for XLSX.</param>
    public static ExportSummary Run(string dataset, ExportFormat format, string output) => Run(dataset, format, output, null);

    internal static ExportSummary Run(string dataset, ExportFormat format, string output, ColumnNames? names)
    {
        if (!File.Exists(dataset)) throw new FileNotFoundException($"no dataset at {dataset}", dataset);
        names ??= ColumnNames.Load();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = dataset, Mode = SqliteOpenMode.ReadOnly, Pooling = false,
        }.ToString());
        connection.Open();
        return format switch
        {
            ExportFormat.Csv => CsvExport.Write(connection, output, names),
            _ => XlsxExport.Write(connection, output, names),
        };
    }
}
