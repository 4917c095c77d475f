using System.Data.Common;
using System.Text;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// The dataset as CSV: one file per table, &lt;table&gt;.csv, and columns.csv naming every column in Chinese.
/// <para>The header is one row of column ids (report, concept, value_num), not Chinese names and not both. A CSV has
/// room for one header row before tools take the second for data, and a script must find its columns by names that
/// stay put whatever the wording of their Chinese names; a header such as 单位|unit would have every script split
/// it first. The analyst who wants Chinese headers has the workbook (export --format xlsx); the one who opens a CSV in
/// Excel finds each id's Chinese name in columns.csv (table, table_zh, column, column_zh, type), in the same
/// folder.</para>
/// <para>UTF-8 with a byte-order mark, without which Excel on a Chinese Windows reads the file as GBK and garbles
/// every Chinese character; the mark costs scripts nothing (Python's utf-8-sig, pandas and most readers skip it).
/// Records end with CRLF (RFC 4180). Each file is written beside its place and moved in once all are whole, so a
/// stopped export leaves the previous files as they were.</para>
/// </summary>
internal static class CsvExport
{
    /// <summary>The file that names the columns; a table that happens to share the name is written as columns_2.csv.</summary>
    public const string ColumnsFile = "columns.csv";

    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static ExportSummary Write(DbConnection connection, string folder, ColumnNames names)
    {
        Directory.CreateDirectory(folder);
        var tables = DatasetTables.Read(connection, names.Order);
        var moves = new List<(string Partial, string Final)>();
        var exported = new List<ExportedTable>();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ColumnsFile };
        try
        {
            foreach (var table in tables)
            {
                var file = FileName(table.Name, used);
                var path = Path.Combine(folder, file);
                moves.Add((path + ".partial", path));
                long rows = 0;
                using (var writer = Create(path + ".partial"))
                {
                    CsvFormat.WriteRecord(writer, table.Columns.Select(c => c.Name));
                    foreach (var row in DatasetTables.Rows(connection, table))
                    {
                        CsvFormat.WriteRecord(writer, row.Select(v => v is string text ? CsvFormat.Inert(text) : ExportValue.Text(v)));
                        rows++;
                    }
                }
                exported.Add(new ExportedTable(table.Name, rows, [file]));
            }
            var columns = Path.Combine(folder, ColumnsFile);
            moves.Add((columns + ".partial", columns));
            using (var writer = Create(columns + ".partial"))
            {
                CsvFormat.WriteRecord(writer, ["table", "table_zh", "column", "column_zh", "type"]);
                foreach (var table in tables)
                    foreach (var column in table.Columns)
                        CsvFormat.WriteRecord(writer, [table.Name, names.Table(table.Name), column.Name, names.Column(table.Name, column.Name), column.DeclaredType]);
            }
            foreach (var (partial, final) in moves) File.Move(partial, final, overwrite: true);
            return new ExportSummary(exported);
        }
        finally
        {
            foreach (var (partial, _) in moves)
                if (File.Exists(partial)) File.Delete(partial);
        }
    }

    private static StreamWriter Create(string path) =>
        new(path, append: false, Utf8WithMark, bufferSize: 1 << 16) { NewLine = CsvFormat.RecordEnd };

    /// <summary>The table's name as a file name: characters no file system takes replaced, and unique in the folder
    /// even where the file system ignores case.</summary>
    private static string FileName(string table, HashSet<string> used)
    {
        var invalid = Path.GetInvalidFileNameChars().Concat(['/', '\\', ':', '*', '?', '"', '<', '>', '|']).ToHashSet();
        var stem = new string(table.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray());
        var name = stem + ".csv";
        for (int n = 2; !used.Add(name); n++) name = $"{stem}_{n}.csv";
        return name;
    }
}
