using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Output;

/// <summary>
/// Word automatic numbering for headings: one three-level list 一、 /（一）/ 1、 and a twin whose third level is
/// "1.". Word keeps one counter per list definition and restarts deeper levels when a higher one is used; where
/// the printed number is not what the counter would show next (a repeated or skipped number, the "1." twin after
/// a "1、" section), the heading gets a list instance of its own with a startOverride, as Word does on "restart
/// numbering" or "set numbering value".
/// </summary>
sealed class WordListNumbers
{
    const int CommaList = 1;
    const int DotList = 2;

    readonly Dictionary<int, int?[]> _counters = new() { [CommaList] = new int?[3], [DotList] = new int?[3] };
    readonly List<(int NumId, int AbstractId, int Level, int Start)> _overrides = [];

    /// <summary>The (numId, ilvl) that shows this heading's printed number, or null when it is typed.</summary>
    public (int NumId, int Level)? Number(WordHeading h)
    {
        if (h.Attachment || Parse(h) is not (int list, int value)) return null;
        var level = h.Level - 1;
        var counters = _counters[list];
        var numId = list;
        if ((counters[level] ?? 0) + 1 != value)
        {
            numId = 10 + _overrides.Count;
            _overrides.Add((numId, list, level, value));
        }
        counters[level] = value;
        for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = null;
        return (numId, level);
    }

    /// <summary>Which list and which number a heading label stands for; null for labels Word does not number.</summary>
    static (int List, int Value)? Parse(WordHeading h)
    {
        var label = h.WordLabel;
        switch (h.Level)
        {
            case 1 when label.EndsWith('、') && ChineseNumerals.IsNumeral(label[..^1]) && label.Length > 1:
                return (CommaList, ChineseNumerals.Parse(label[..^1]));
            case 2 when label.StartsWith('（') && label.EndsWith('）') && label.Length > 2 && ChineseNumerals.IsNumeral(label[1..^1]):
                return (CommaList, ChineseNumerals.Parse(label[1..^1]));
            case 3 when label.Length > 1 && label[..^1].All(char.IsAsciiDigit) && label[^1] is '、' or '.':
                return (label[^1] == '.' ? DotList : CommaList, int.Parse(label[..^1]));
            default:
                return null;
        }
    }

    /// <summary>numbering.xml body: both list definitions, their instances and the restarts handed out.</summary>
    public string Xml()
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(Definition(CommaList, "%3、")).Append(Definition(DotList, "%3."));
        sb.Append(Num(CommaList, CommaList, "")).Append(Num(DotList, DotList, ""));
        foreach (var (numId, abstractId, level, start) in _overrides)
            sb.Append(Num(numId, abstractId, $"<w:lvlOverride w:ilvl=\"{level}\"><w:startOverride w:val=\"{start}\"/></w:lvlOverride>"));
        return sb.ToString();
    }

    // suff "nothing": the printed label runs straight into the title ("一、部门概况"), as the text shows it.
    static string Definition(int id, string third) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\"><w:multiLevelType w:val=\"multilevel\"/>" +
        Level(0, "chineseCounting", "%1、") + Level(1, "chineseCounting", "（%2）") + Level(2, "decimal", third) +
        "</w:abstractNum>";

    static string Level(int ilvl, string format, string text) =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"1\"/><w:numFmt w:val=\"{format}\"/><w:suff w:val=\"nothing\"/>" +
        $"<w:lvlText w:val=\"{text}\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"0\" w:firstLine=\"640\"/></w:pPr></w:lvl>";

    static string Num(int numId, int abstractId, string overrides) =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";
}
