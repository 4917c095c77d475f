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
    /// <summary>The worker's first line, once it has loaded what it needs.</summary>
    public const string Ready = "ready";

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

    /// <summary>A report's rows as one line: <c>[["reports", [v, …]], …]</c>, each value a string, a number or null.</summary>
    public static string Response(IEnumerable<(string Table, object?[] Values)> rows)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
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
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static List<(string Table, object?[] Values)> ReadResponse(string line)
    {
        using var json = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
        return json.RootElement.EnumerateArray().Select(row =>
        {
            var table = row[0].GetString()!;
            var values = row[1].EnumerateArray().Select(ReadValue).ToArray();
            return (table, values);
        }).ToList();
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
    private static object? ReadValue(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new FormatException($"a dataset value of kind {e.ValueKind}"),
    };
}
