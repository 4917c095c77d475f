using System.Text.Encodings.Web;
using System.Text.Json;

namespace PerfEvalIngest.Corpus.Truth;

/// <summary>JSON settings for truth files: camelCase, indented, Chinese kept readable, "\n" line ends.</summary>
static class TruthJson
{
    static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize(ReportTruth truth) => JsonSerializer.Serialize(truth, Options) + "\n";
}
