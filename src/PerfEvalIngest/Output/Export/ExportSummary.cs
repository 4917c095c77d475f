namespace PerfEvalIngest.Output.Export;

/// <summary>What an export wrote: each table with its row count and the files or sheets that hold it.</summary>
public sealed record ExportSummary(IReadOnlyList<ExportedTable> Tables)
{
    public long Rows => Tables.Sum(t => t.Rows);
}

/// <summary>One table's rows and where they went (one CSV file; one sheet, or more past a sheet's row limit).</summary>
public sealed record ExportedTable(string Name, long Rows, IReadOnlyList<string> Parts);
