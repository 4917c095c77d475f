using System.Text.Json;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Output;

/// <summary>Writes a location with only the fields that apply.</summary>
internal static class JsonLocation
{
    /// <summary>The field names, encoded once: every heading, table, figure, fact and finding has a location.</summary>
    private static readonly JsonEncodedText Name = JsonEncodedText.Encode("location"), Section = JsonEncodedText.Encode("section"),
        Paragraph = JsonEncodedText.Encode("paragraph"), Page = JsonEncodedText.Encode("page"), Table = JsonEncodedText.Encode("table"),
        Row = JsonEncodedText.Encode("row"), Col = JsonEncodedText.Encode("col");

    /// <summary>Writes the <c>location</c> field.</summary>
    public static void Write(Utf8JsonWriter w, Location? location)
    {
        w.WriteStartObject(Name);
        if (location != null)
        {
            if (location.Section != null) w.WriteString(Section, location.Section);
            if (location.Paragraph is int p) w.WriteNumber(Paragraph, p);
            if (location.Page is int pg) w.WriteNumber(Page, pg);
            if (location.Table != null) w.WriteString(Table, location.Table);
            if (location.Row is int r) w.WriteNumber(Row, r);
            if (location.Col is int c) w.WriteNumber(Col, c);
        }
        w.WriteEndObject();
    }
}
