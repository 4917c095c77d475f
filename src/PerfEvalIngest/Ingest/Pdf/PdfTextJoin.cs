namespace PerfEvalIngest.Ingest.Pdf;

/// <summary>
/// Joins wrapped lines back into running text. A line break inside Chinese text or inside a number is no space
/// ("4957.6" + "2" is 4957.62); between two Latin words it is one; a hyphen at a line end before a lower-case
/// letter is the word broken in two.
/// </summary>
internal static class PdfTextJoin
{
    public static string Lines(IEnumerable<PdfLine> lines) => Lines(lines.Select(l => l.Text));

    public static string Lines(IEnumerable<string> lines)
    {
        var text = new System.Text.StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            Append(text, line);
        }
        return text.ToString();
    }

    public static void Append(System.Text.StringBuilder text, string line)
    {
        if (text.Length > 0)
        {
            char end = text[^1], start = line[0];
            if (end == '-' && text.Length > 1 && char.IsAsciiLetterLower(text[^2]) && char.IsAsciiLetterLower(start))
                text.Length--;
            else if (char.IsAsciiLetter(end) && char.IsAsciiLetter(start))
                text.Append(' ');
        }
        text.Append(line);
    }
}
