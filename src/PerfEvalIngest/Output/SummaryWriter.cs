using System.Text.Json;
using PerfEvalIngest.Checks;

namespace PerfEvalIngest.Output;

/// <summary>summary.json of the contract (perfeval.summary/1): counts for the batch and one line per report, in
/// name order.</summary>
public static class SummaryWriter
{
    internal static readonly string[] Categories =
        ["completeness", "arithmetic", "unit", "numbering", "target", "enumeration", "cross-reference", "claim", "editorial", "extraction"];

    public static byte[] Write(IReadOnlyList<ReportResult> reports)
    {
        using var buffer = new MemoryStream();
        Write(buffer, reports);
        return buffer.ToArray();
    }

    /// <summary>Writes summary.json to <paramref name="stream"/> as it goes, so a large batch's summary is never held
    /// whole in memory.</summary>
    public static void Write(Stream stream, IReadOnlyList<ReportResult> reports)
    {
        var ordered = reports.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
        using (var w = new Utf8JsonWriter(stream, JsonStyle.Options))
        {
            w.WriteStartObject();
            w.WriteString("schema", "perfeval.summary/1");
            w.WriteNumber("files", ordered.Count);
            w.WriteNumber("ok", ordered.Count(r => !r.Failed));
            w.WriteNumber("failed", ordered.Count(r => r.Failed));
            w.WriteStartObject("findings");
            foreach (var c in Categories)
                w.WriteNumber(c, ordered.Sum(r => r.Findings.Count(f => f.Category == c)));
            w.WriteEndObject();
            w.WriteStartArray("reports");
            foreach (var r in ordered)
            {
                w.WriteStartObject();
                w.WriteString("name", r.Name);
                w.WriteString("status", r.Status);
                if (r.Error != null) w.WriteString("error", r.Error.Code);
                if (r.Metadata?.Unit is string unit) w.WriteString("unit", unit); else w.WriteNull("unit");
                if (r.Metadata?.Year is int year) w.WriteNumber("year", year); else w.WriteNull("year");
                w.WriteNumber("errors", r.Count(Severity.Error));
                w.WriteNumber("warnings", r.Count(Severity.Warning));
                if (r.Rubric != null) w.WriteNumber("rubricScore", r.Rubric.Score); else w.WriteNull("rubricScore");
                w.WriteEndObject();
                // The writer keeps what it has written until flushed.
                if (w.BytesPending > 64 * 1024) w.Flush();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
