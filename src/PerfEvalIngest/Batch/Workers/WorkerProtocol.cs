using PerfEvalIngest.Ingest;
using System.Text;
using System.Text.Json;

namespace PerfEvalIngest.Batch.Workers;

/// <summary>
/// What a batch and its worker processes say to each other, one JSON line each way: the batch sends an input (path,
/// output name, the path's bytes when its name is not UTF-8, attachments); the worker checks it, writes its report and
/// checklists itself, and answers with the report's dataset rows (<see cref="Output.DatasetWriter"/>), from which the
/// batch adds it to the dataset and keeps what its summary needs.
/// </summary>
internal static class WorkerProtocol
{
    public static string Request(Submission input)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("path", input.Path);
            w.WriteString("name", input.Name);
            if (input.RawPath != null) w.WriteBase64String("raw", input.RawPath);
            w.WriteStartArray("attachments");
            foreach (var a in input.Attachments) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static Submission ReadRequest(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new Submission(root.GetProperty("path").GetString()!, root.GetProperty("name").GetString()!)
        {
            RawPath = root.TryGetProperty("raw", out var raw) ? raw.GetBytesFromBase64() : null,
            Attachments = root.GetProperty("attachments").EnumerateArray().Select(a => a.GetString()!).ToList(),
        };
    }

    /// <summary>
    /// Writes a report's rows as one line, <c>[["reports", [v, …]], …]</c>, each value a string, a number or null,
    /// straight to the stream as UTF-8 and flushed. A report's rows run to hundreds of kilobytes; as a string they were
    /// encoded, decoded and encoded again on each side, which took a tenth of a mixed batch.
    /// </summary>
    public static void WriteResponse(Stream stream, IEnumerable<(string Table, object?[] Values)> rows)
    {
        using (var sink = new Output.StreamBufferWriter(stream))
        using (var w = new Utf8JsonWriter(sink, AnswerOptions))
        {
            w.WriteStartArray();
            foreach (var (table, values) in rows)
            {
                w.WriteStartArray();
                w.WriteStringValue(table);
                w.WriteStartArray();
                foreach (var value in values) WriteValue(w, value);
                w.WriteEndArray();
                w.WriteEndArray();
            }
            w.WriteEndArray();
        }
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }

    /// <summary>Text as it is, not as \u escapes: most of an answer is Chinese, which escaped took twice the bytes and
    /// had to be unescaped again. Control characters (a line end in a value) are still escaped, so an answer stays one
    /// line.</summary>
    private static readonly JsonWriterOptions AnswerOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the worker's first line, <see cref="ReadyLine"/>.</summary>
    public static void WriteReady(Stream stream)
    {
        stream.Write(ReadyLine);
        stream.Flush();
    }

    /// <summary>The worker's first line, once it has loaded what it needs.</summary>
    private static ReadOnlySpan<byte> ReadyLine => "ready\n"u8;

    /// <summary>Whether a line (without its end) is the worker's <see cref="ReadyLine"/>.</summary>
    public static bool IsReady(ReadOnlySpan<byte> line) => line.SequenceEqual(ReadyLine[..^1]);

    /// <summary>The rows of a line <see cref="WriteResponse"/> wrote (without its end).</summary>
    public static List<(string Table, object?[] Values)> ReadResponse(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 8 });
        var rows = new List<(string Table, object?[] Values)>();
        var values = new List<object?>();
        Expect(ref reader, JsonTokenType.StartArray);
        while (Next(ref reader) == JsonTokenType.StartArray)
        {
            Expect(ref reader, JsonTokenType.String);
            var table = reader.GetString()!;
            Expect(ref reader, JsonTokenType.StartArray);
            values.Clear();
            for (JsonTokenType token; (token = Next(ref reader)) != JsonTokenType.EndArray;)
                values.Add(ReadValue(ref reader, token));
            Expect(ref reader, JsonTokenType.EndArray);
            rows.Add((table, values.ToArray()));
        }
        if (reader.TokenType != JsonTokenType.EndArray) throw new FormatException($"a worker's answer has {reader.TokenType} where a row should be");
        return rows;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new FormatException("a worker's answer ends early");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType expected)
    {
        if (Next(ref reader) != expected) throw new FormatException($"a worker's answer has {reader.TokenType} where {expected} should be");
    }

    private static void WriteValue(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case decimal m: w.WriteNumberValue(m); break;
            case double d: w.WriteNumberValue(d); break;
            default: throw new ArgumentException($"a dataset value of type {value.GetType().Name}");
        }
    }

    /// <summary>Whole numbers come back as long and the rest as double, as SQLite stores them (INTEGER, REAL).</summary>
    private static object? ReadValue(ref Utf8JsonReader reader, JsonTokenType token) => token switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number when reader.TryGetInt64(out var l) => l,
        JsonTokenType.Number => reader.GetDouble(),
        _ => throw new FormatException($"a dataset value of kind {token}"),
    };
}
