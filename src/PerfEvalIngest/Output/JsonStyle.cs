using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace PerfEvalIngest.Output;

/// <summary>One JSON style for every file the tool writes: indented, Chinese kept readable, "\n" line ends.</summary>
internal static class JsonStyle
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        NewLine = "\n",
    };
}
