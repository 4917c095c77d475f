using System.Text.Json;
using PerfEvalIngest.Checks;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Output;

/// <summary>
/// Writes the report JSON of the output contract (schema perfeval.report/1). Field order is fixed and nothing
/// depends on time, threads or machine, so the same input gives byte-identical output.
/// </summary>
public static class ReportJsonWriter
{
    public const string Schema = "perfeval.report/1";

    public static byte[] Write(ReportResult report, bool includeChecks = true)
    {
        using var buffer = new MemoryStream();
        Write(buffer, report, includeChecks);
        return buffer.ToArray();
    }

    public static void Write(Stream buffer, ReportResult report, bool includeChecks = true)
    {
        // The sink hands the JSON to the stream in 64 KB pieces as it is written, so that a report of many facts or cells
        // is never held whole in memory.
        using (var sink = new StreamBufferWriter(buffer))
        using (var w = new Utf8JsonWriter(sink, JsonStyle.Options))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            WriteSource(w, report);
            w.WriteString("status", report.Status);
            if (report.Error != null)
            {
                w.WriteStartObject("error");
                w.WriteString("code", report.Error.Code);
                w.WriteString("message", report.Error.Message);
                w.WriteEndObject();
            }
            WriteMetadata(w, report.Structure?.Metadata);
            WriteOutline(w, report.Structure, report.Keywords);
            WriteTables(w, report.Structure);
            WriteFigures(w, report.Structure);
            WriteFacts(w, report.Facts);
            if (includeChecks)
            {
                WriteRubric(w, report.Rubric);
                WriteFindings(w, report.Findings);
            }
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
    }

    private static void WriteSource(Utf8JsonWriter w, ReportResult report)
    {
        w.WriteStartObject("source");
        w.WriteString("path", report.Source.Path.Replace('\\', '/'));
        w.WriteString("format", report.Source.Format);
        w.WriteString("sha256", report.Source.Sha256);
        if (report.Source.Pages is int pages) w.WriteNumber("pages", pages);
        w.WriteEndObject();
    }

    private static void WriteMetadata(Utf8JsonWriter w, ReportMetadata? m)
    {
        m ??= ReportMetadata.Unknown;
        w.WriteStartObject("metadata");
        WriteStringOrNull(w, "title", m.Title);
        WriteStringOrNull(w, "unit", m.Unit);
        if (m.Year is int year) w.WriteNumber("year", year); else w.WriteNull("year");
        w.WriteString("kind", m.Kind);
        w.WriteString("documentKind", m.DocumentKind);
        WriteStringOrNull(w, "kindEvidence", m.KindEvidence);
        WriteStringOrNull(w, "scope", m.Scope);
        w.WriteStartArray("attachments");
        foreach (var a in m.Attachments) w.WriteStringValue(a);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteOutline(Utf8JsonWriter w, StructuredDocument? s, Structure.SectionKeywords? keywords)
    {
        w.WriteStartArray("outline");
        foreach (var h in s?.Outline ?? [])
        {
            w.WriteStartObject();
            w.WriteNumber("level", h.Level);
            w.WriteString("label", h.Label);
            w.WriteString("title", h.Title);
            WriteStringOrNull(w, "category", h.Category);
            w.WriteStartArray("keywords");
            foreach (var k in keywords?.Of(h.BlockIndex) ?? []) w.WriteStringValue(k);
            w.WriteEndArray();
            JsonLocation.Write(w, h.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTables(Utf8JsonWriter w, StructuredDocument? s)
    {
        w.WriteStartArray("tables");
        foreach (var t in s?.Document.Tables ?? [])
        {
            w.WriteStartObject();
            w.WriteString("id", t.Id);
            WriteStringOrNull(w, "caption", s!.TableCaptions.GetValueOrDefault(t.Id));
            w.WriteNumber("rows", t.RowCount);
            w.WriteNumber("cols", t.ColumnCount);
            JsonLocation.Write(w, s.LocationOf(t));
            w.WriteStartArray("cells");
            foreach (var c in t.Cells)
            {
                w.WriteStartObject();
                w.WriteNumber("row", c.Row);
                w.WriteNumber("col", c.Col);
                w.WriteNumber("rowSpan", c.RowSpan);
                w.WriteNumber("colSpan", c.ColSpan);
                // A table running over pages gives each cell the page its row stands on.
                if (t.RowPages != null) w.WriteNumber("page", t.RowPages[c.Row]);
                w.WriteString("text", c.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteFigures(Utf8JsonWriter w, StructuredDocument? s)
    {
        w.WriteStartArray("figures");
        foreach (var f in s?.Document.FigureList ?? [])
        {
            w.WriteStartObject();
            w.WriteNumber("number", f.Number);
            WriteStringOrNull(w, "caption", f.Caption);
            var located = f.Location.Paragraph is int p
                ? f.Location.WithSection(s!.Document.Paragraphs.FirstOrDefault(x => x.Location.Paragraph == p) is { } para ? s.SectionPathOfBlock[para.Index] : null)
                : f.Location;
            JsonLocation.Write(w, located);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>The names of a fact's fields, encoded once: a report has hundreds of facts, and a name given as a
    /// string is transcoded and checked for escaping at every use.</summary>
    private static class FactNames
    {
        public static readonly JsonEncodedText Concept = JsonEncodedText.Encode("concept"), Label = JsonEncodedText.Encode("label"),
            Value = JsonEncodedText.Encode("value"), Unit = JsonEncodedText.Encode("unit"), Qualifier = JsonEncodedText.Encode("qualifier"),
            Measure = JsonEncodedText.Encode("measure"), Of = JsonEncodedText.Encode("of"), Printed = JsonEncodedText.Encode("printed"),
            Text = JsonEncodedText.Encode("text"), Row = JsonEncodedText.Encode("row"), Column = JsonEncodedText.Encode("column");
    }

    private static void WriteFacts(Utf8JsonWriter w, FactSet? facts)
    {
        w.WriteStartArray("facts");
        foreach (var f in facts?.Facts ?? [])
        {
            w.WriteStartObject();
            WriteStringOrNull(w, FactNames.Concept, f.Concept);
            WriteStringOrNull(w, FactNames.Label, f.Label);
            w.WriteNumber(FactNames.Value, f.Value);
            w.WriteString(FactNames.Unit, f.Unit);
            if (f.Quantity.Qualifier != null) w.WriteString(FactNames.Qualifier, f.Quantity.Qualifier);
            if (f.Measure != null) w.WriteString(FactNames.Measure, f.Measure);
            if (f.Of != null) w.WriteString(FactNames.Of, f.Of);
            w.WriteString(FactNames.Printed, f.Quantity.Printed);
            w.WriteString(FactNames.Text, f.Text);
            if (f.Row != null) w.WriteString(FactNames.Row, f.Row);
            if (f.Column != null) w.WriteString(FactNames.Column, f.Column);
            JsonLocation.Write(w, f.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteRubric(Utf8JsonWriter w, RubricResult? r)
    {
        if (r == null)
        {
            w.WriteNull("rubric");
            return;
        }
        w.WriteStartObject("rubric");
        w.WriteString("id", r.Id);
        w.WriteString("title", r.Title);
        w.WriteNumber("score", r.Score);
        w.WriteNumber("max", r.Max);
        w.WriteNumber("needsHumanMax", r.NeedsHumanMax);
        w.WriteStartArray("items");
        foreach (var i in r.Items)
        {
            w.WriteStartObject();
            w.WriteString("id", i.Id);
            w.WriteString("title", i.Title);
            w.WriteString("group", i.Group);
            w.WriteString("status", i.Status);
            if (i.Score is decimal score) w.WriteNumber("score", score); else w.WriteNull("score");
            w.WriteNumber("max", i.Max);
            WriteStringOrNull(w, "evidence", i.Evidence);
            if (i.Location != null) JsonLocation.Write(w, i.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteFindings(Utf8JsonWriter w, IReadOnlyList<Finding> findings)
    {
        w.WriteStartArray("findings");
        foreach (var f in findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteString("category", f.Category);
            w.WriteString("severity", f.Severity.Name());
            w.WriteString("message", f.Message);
            w.WriteString("evidence", f.Evidence);
            WriteStringOrNull(w, "expected", f.Expected);
            WriteStringOrNull(w, "actual", f.Actual);
            JsonLocation.Write(w, f.Location);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value == null) w.WriteNull(name); else w.WriteString(name, value);
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, JsonEncodedText name, string? value)
    {
        if (value == null) w.WriteNull(name); else w.WriteString(name, value);
    }
}
