using System.Text;

namespace PerfEvalIngest.Output.Html;

/// <summary>
/// Text put into HTML, element content and quoted attribute values alike. Only the five characters that HTML gives a
/// meaning are encoded: Chinese and every other character stays as it is, so the file reads the same in a text editor
/// and a report quoting 「&lt;script&gt;」 or 「A&amp;B」 shows it literally instead of running or mangling it.
/// </summary>
internal static class HtmlText
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        AppendEncoded(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends <paramref name="text"/> encoded, without an intermediate string.</summary>
    public static StringBuilder AppendEncoded(StringBuilder sb, string? text)
    {
        if (string.IsNullOrEmpty(text)) return sb;
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb;
    }

    /// <summary>The first <paramref name="max"/> characters and an ellipsis, never cutting a surrogate pair in two.</summary>
    public static string Clip(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut] + "…";
    }
}
