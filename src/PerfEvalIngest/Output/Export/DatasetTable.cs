namespace PerfEvalIngest.Output.Export;

/// <summary>A table of the dataset as the database declares it: its columns in their declared order.</summary>
internal sealed record DatasetTable(string Name, IReadOnlyList<DatasetColumn> Columns);

/// <summary>A column and the type the database declares for it (INTEGER, REAL, TEXT in SQLite; integer, double
/// precision, text in PostgreSQL). The type is shown in columns.csv; whether a cell is a number is decided by each
/// value, since SQLite lets any column hold any kind of value.</summary>
internal sealed record DatasetColumn(string Name, string DeclaredType);
