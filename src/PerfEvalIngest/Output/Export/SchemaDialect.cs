using System.Data.Common;

namespace PerfEvalIngest.Output.Export;

/// <summary>
/// The one query that differs between databases: every table's columns, as rows of (table, column, declared type)
/// in declared order. Everything else the export asks — SELECT with double-quoted names, ORDER BY … NULLS FIRST — is
/// the same SQL in SQLite and PostgreSQL.
/// </summary>
internal sealed record SchemaDialect(string Name, string ColumnsSql)
{
    /// <summary>sqlite_master joined with pragma_table_info; SQLite's own tables (sqlite_sequence, sqlite_stat1) left out.</summary>
    public static SchemaDialect Sqlite { get; } = new("sqlite", """
        SELECT m.name, p.name, p.type FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS p
        WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY m.name, p.cid
        """);

    /// <summary>information_schema.columns of the connection's current schema (base tables only, not views). Not yet run
    /// against a server: the dataset is SQLite today, and this is the query a PostgreSQL dataset will need.</summary>
    public static SchemaDialect PostgreSql { get; } = new("postgresql", """
        SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns AS c
        JOIN information_schema.tables AS t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
        WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' ORDER BY c.table_name, c.ordinal_position
        """);

    /// <summary>The dialect of a connection, known by its provider's class (no reference to the PostgreSQL driver is
    /// needed to recognise its connection).</summary>
    public static SchemaDialect For(DbConnection connection) => connection.GetType().Name switch
    {
        "SqliteConnection" => Sqlite,
        "NpgsqlConnection" => PostgreSql,
        var other => throw new NotSupportedException($"no schema query for {other}"),
    };
}
