using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Facts;

/// <summary>
/// Budget subject codes (功能分类 201 类 ⊃ 20101 款 ⊃ 2010101 项; 经济分类 301 ⊃ 30101) as the tables print them —
/// which columns hold them and what code a row carries — and as the text names a subject's levels
/// (「社会福利（款）」, 「公共安全支出（204类）」). Kept in one place: the fact extractor reads code columns as labels,
/// the checks read codes to nest rows and to find the row a 说明 item speaks of.
/// </summary>
internal static partial class SubjectCodes
{
    /// <summary>One level of a subject named in the text, with its code when printed: 「社会福利（款）」, 「公共安全支出（204类）」.</summary>
    [GeneratedRegex(@"([\u4e00-\u9fff、“”]{2,30}?)[（(](\d{2,3})?([类款项])[）)]")]
    public static partial Regex NamedLevel();

    /// <summary>The last <see cref="NamedLevel"/> in the first <paramref name="length"/> characters of
    /// <paramref name="text"/> (all of it by default), or null. Every match ends on 类, 款 or 项 and a closing bracket:
    /// text without that pair, most of it, is neither copied nor searched.</summary>
    public static Match? LastNamedLevel(string text, int length = -1)
    {
        var span = length < 0 ? text.AsSpan() : text.AsSpan(0, length);
        for (int at = span.IndexOfAny('）', ')'); at >= 0; at = span.Slice(at + 1).IndexOfAny('）', ')') is var next and >= 0 ? at + 1 + next : -1)
            if (at > 0 && span[at - 1] is '类' or '款' or '项')
                return NamedLevel().Matches(length < 0 ? text : text[..length]).LastOrDefault();
        return null;
    }

    /// <summary>A code column's header: 科目编码, 功能分类科目代码, or 类/款/项 standing alone.</summary>
    [GeneratedRegex(@"编码|代码|^\s*[类款项]\s*$|^\s*科目\s*$")]
    private static partial Regex CodeHeader();

    /// <summary>A subject code as a cell prints it: 201, 20101, 2010101, or the 款/项 part alone (01).</summary>
    [GeneratedRegex(@"^\s*(?:\d{3}(?:\d{2}){0,2}|\d{2})\s*$")]
    private static partial Regex CodeCell();

    /// <summary>
    /// Columns that hold budget subject codes (功能分类 201 ⊃ 20101 ⊃ 2010101; 经济分类 301 ⊃ 30101), which are labels,
    /// not amounts: those whose header in the first rows says so, and leading columns every body cell of which is a
    /// code (no thousands separator, no decimals, three, five or seven digits, or two under a 款/项 header).
    /// </summary>
    public static HashSet<int> Columns(Table table)
    {
        var codes = new HashSet<int>();
        int headerRows = Math.Min(3, table.RowCount);
        for (int c = 0; c < table.ColumnCount; c++)
        {
            bool headed = Enumerable.Range(0, headerRows).Any(r => table.CellAt(r, c) is { } h
                                                                  && CodeHeader().IsMatch(h.Text));
            var body = Enumerable.Range(headerRows, Math.Max(0, table.RowCount - headerRows))
                .Select(r => table.CellAt(r, c)).Where(x => x != null && x.Col == c && x.Text.Length > 0).Select(x => x!.Text).ToList();
            // A stray cell (two codes run together by a PDF reader, "210212") does not unmake a code column.
            int figures = body.Count(t => TableFactExtractor.FigureCell().IsMatch(t)), coded = body.Count(t => CodeCell().IsMatch(t));
            bool mostlyCodes = coded > 0 && coded * 10 >= figures * 9;
            bool allCodes = body.Count > 0 && coded == body.Count;
            if ((headed && mostlyCodes) || (allCodes && c < 3 && body.Any(t => t.Trim().Length >= 3)))
                codes.Add(c);
        }
        return codes;
    }

    /// <summary>A row's subject code from its leading code cells (208 | 05 | 06 → 2080506), or null: a 类 of three
    /// digits, then 款 and 项 of two each.</summary>
    public static string? Of(Table table, int row)
    {
        var parts = new List<string>();
        for (int c = 0; c < Math.Min(3, table.ColumnCount); c++)
        {
            var t = table.TextAt(row, c).Trim();
            var cell = table.CellAt(row, c);
            if (cell == null || cell.Col != c) continue;
            if (t.Length == 0) continue;
            if (!t.All(char.IsAsciiDigit)) break;
            parts.Add(t);
        }
        if (parts.Count == 0) return null;
        var code = string.Concat(parts);
        bool split = parts.Count > 1 ? parts[0].Length == 3 && parts.Skip(1).All(p => p.Length == 2) : parts[0].Length is 3 or 5 or 7;
        return split && code.Length is 3 or 5 or 7 ? code : null;
    }

    /// <summary>A coded row's name: its first cell after the codes that is text, not a figure.</summary>
    public static string? NameOf(Table table, int row)
    {
        for (int c = 1; c < Math.Min(6, table.ColumnCount); c++)
        {
            var t = table.TextAt(row, c).Trim();
            if (t.Length >= 2 && t.Any(ch => ch is >= '\u4e00' and <= '\u9fff') && !t.Any(char.IsAsciiDigit))
                return t.Replace(" ", "", StringComparison.Ordinal);
        }
        return null;
    }

    /// <summary>A table row that carries a subject code and its name.</summary>
    public sealed record CodedRow(string Table, int Row, string Code, string Name);

    /// <summary>Every coded, named row of the tables, in document order.</summary>
    public static IReadOnlyList<CodedRow> CodedRows(IEnumerable<Table> tables) =>
        tables.SelectMany(t => Enumerable.Range(0, t.RowCount)
                .Select(r => Of(t, r) is { } code && NameOf(t, r) is { } name ? new CodedRow(t.Id, r, code, name) : null))
            .OfType<CodedRow>().ToList();

    /// <summary>Each code's name as the tables first print it.</summary>
    public static Dictionary<string, string> Names(IEnumerable<CodedRow> rows)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows) names.TryAdd(row.Code, row.Name);
        return names;
    }
}
