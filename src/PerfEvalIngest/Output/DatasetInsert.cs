using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PerfEvalIngest.Output;

/// <summary>
/// One prepared INSERT of the staging file, its values bound by position through SQLite's own interface.
/// Microsoft.Data.Sqlite looks every parameter up by its name on every execution, which over a batch's hundreds of
/// rows per report cost more than the inserts themselves. Values are bound as Microsoft.Data.Sqlite binds them —
/// whole numbers as integers, doubles as reals, decimals as invariant text that the REAL columns store as numbers —
/// so the rows are the same. The statement runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class DatasetInsert : IDisposable
{
    /// <summary>Microsoft.Data.Sqlite's text for a decimal, kept so a value is stored as it was before.</summary>
    private const string DecimalFormat = "0.0###########################";

    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public DatasetInsert(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the dataset's connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Runs the statement with these values; returns the row id of the last row the connection inserted.</summary>
    public long Run(object?[] values)
    {
        for (int i = 0; i < values.Length; i++) Check(Bind(i + 1, values[i]));
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE) Check(result);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    private int Bind(int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(_statement, index),
        string s => BindText(index, s),
        int n => raw.sqlite3_bind_int64(_statement, index, n),
        long n => raw.sqlite3_bind_int64(_statement, index, n),
        double d when double.IsNaN(d) => throw new ArgumentException("a dataset value that is not a number"),
        double d => raw.sqlite3_bind_double(_statement, index, d),
        decimal m => BindText(index, m.ToString(DecimalFormat, CultureInfo.InvariantCulture)),
        _ => throw new ArgumentException($"a dataset value of type {value.GetType().Name}"),
    };

    /// <summary>Text as UTF-8 from a buffer the statement keeps (SQLite copies it), rather than a new array per value
    /// as the string overload makes; the bytes are the same (a lone surrogate becomes U+FFFD either way).</summary>
    private int BindText(int index, string text)
    {
        int most = System.Text.Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_text.Length < most) _text = new byte[Math.Max(most, 2 * _text.Length)];
        int length = System.Text.Encoding.UTF8.GetBytes(text, _text);
        return raw.sqlite3_bind_text(_statement, index, new ReadOnlySpan<byte>(_text, 0, length));
    }

    private byte[] _text = new byte[1024];

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, _db);
    }

    public void Dispose() => _statement.Dispose();
}
