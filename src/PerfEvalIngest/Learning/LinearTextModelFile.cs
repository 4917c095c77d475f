using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace PerfEvalIngest.Learning;

/// <summary>
/// A trained text classifier as a file under models/ml: the gram dictionary in slot order (every gram counts in the
/// bag lengths, weighted or not) and, per label, its bias and the grams whose weight is not zero. Word grams are
/// words joined by a space; character grams keep their start and end marks (written \u0002 and \u0003). Written with
/// the grams readable and the numbers in shortest round-trip form, so equal models are equal files.
/// </summary>
internal sealed partial record LinearTextModelFile(
    string About,
    IReadOnlyList<string> WordGrams,
    IReadOnlyList<string> CharGrams,
    IReadOnlyList<LinearTextModelFile.LabelWeights> Classes)
{
    public sealed record LabelWeights(string Label, float Bias,
        IReadOnlyDictionary<string, float> WordWeights, IReadOnlyDictionary<string, float> CharWeights);

    [JsonSerializable(typeof(LinearTextModelFile))]
    [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    private sealed partial class Json : JsonSerializerContext
    {
    }

    private static JsonSerializerOptions Options() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Grams are Chinese: kept as they are, only control characters (the marks) escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 1,
    };

    /// <summary>A missing or malformed model file is a bug in the installation: it throws with the path.</summary>
    public static LinearTextModelFile Read(string path)
    {
        using var stream = File.OpenRead(path);
        try
        {
            return JsonSerializer.Deserialize(stream, new Json(Options()).LinearTextModelFile)
                   ?? throw new InvalidDataException($"{path} is empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    public byte[] ToBytes()
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(this, new Json(Options()).LinearTextModelFile);
        return [.. bytes, (byte)'\n'];
    }
}
