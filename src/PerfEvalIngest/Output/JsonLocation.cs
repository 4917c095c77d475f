using System.Text.Json;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Output;

/// <summary>Writes a location with only the fields that apply.</summary>
internal static class JsonLocation
{
    public static void Write(Utf8JsonWriter w, string name, Location? location)
    {
        w.WriteStartObject(name);
        if (location != null)
        {
            if (location.Section != null) w.WriteString("section", location.Section);
            if (location.Paragraph is int p) w.WriteNumber("paragraph", p);
            if (location.Page is int pg) w.WriteNumber("page", pg);
            if (location.Table != null) w.WriteString("table", location.Table);
            if (location.Row is int r) w.WriteNumber("row", r);
            if (location.Col is int c) w.WriteNumber("col", c);
        }
        w.WriteEndObject();
    }
}
