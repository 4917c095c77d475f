using System.Text;
using ExcelDataReader;

namespace PerfEvalIngest.Tests.Output.Export;

/// <summary>A workbook read back with ExcelDataReader (not the writer's own library): each sheet's rows as the cells'
/// values — double for a number cell, string for text, null for an empty cell.</summary>
internal static class Workbook
{
    static Workbook() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Dictionary<string, List<object?[]>> Read(string path)
    {
        var sheets = new Dictionary<string, List<object?[]>>(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
        do
        {
            var rows = new List<object?[]>();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (int i = 0; i < row.Length; i++) row[i] = reader.GetValue(i);
                rows.Add(row);
            }
            sheets[reader.Name] = rows;
        } while (reader.NextResult());
        return sheets;
    }
}
