using System.Text.RegularExpressions;
using PerfEvalIngest.Facts;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.empty-table-note — "a note that does not fit its table": 「注:本部门2024年无“三公”经费和机关运行经费预算，
/// 故本表为空表。」 under a table that holds figures, or 「无政府性基金预算…」 under the 国有资本经营预算 table (the note
/// copied from the table before).
/// </summary>
/// <remarks>Traps: the note stands under its table, so only the table just above it (a caption or unit line may come
/// between) is read; a table of zeros is empty; the fund the note names is compared with the fund its table names in
/// its header or caption, and a table that names no fund is not judged on it.</remarks>
internal sealed partial class EmptyTableNoteCheck : ICheck
{
    [GeneratedRegex(@"本表为空表|此表为空表|本表无数据")]
    private static partial Regex EmptyNote();

    private static readonly string[] Funds = ["政府性基金", "国有资本经营", "三公"];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        var blocks = structure.Document.Blocks;
        foreach (var p in structure.Document.Paragraphs)
        {
            if (!EmptyNote().IsMatch(p.Text)) continue;
            var table = Enumerable.Range(Math.Max(0, p.Index - 3), Math.Min(3, p.Index)).Reverse()
                .Select(i => blocks[i]).OfType<DocumentModel.Table>().FirstOrDefault();
            if (table == null) continue;
            var location = structure.LocationOf(p);
            var figures = context.Facts.Facts.Where(f => f.Location.Table == table.Id && f.Quantity.Kind == UnitKind.Money && f.Value != 0).ToList();
            if (figures.Count > 0)
            {
                yield return new Finding("editorial.empty-table-note", Severity.Warning,
                    $"表下注释称本表为空表，但表中有数据（如 {figures[0].Show()}）。/ The note calls the table empty, but it holds figures.",
                    p.Text, "—", figures[0].Show(), location);
                continue;
            }
            var named = Funds.Where(f => p.Text.Contains(f, StringComparison.Ordinal)).ToList();
            var header = string.Join("|", Enumerable.Range(0, Math.Min(3, table.RowCount)).SelectMany(r => Enumerable.Range(0, table.ColumnCount).Select(c => table.TextAt(r, c))))
                         + "|" + structure.TableCaptions.GetValueOrDefault(table.Id);
            var own = Funds.Where(f => header.Contains(f, StringComparison.Ordinal)).ToList();
            if (named.Count == 0 || own.Count != 1 || named.Contains(own[0])) continue;
            yield return new Finding("editorial.empty-table-note", Severity.Warning,
                $"表下注释与本表不符：注释说「无{named[0]}…」，本表是{own[0]}表。/ The note names another fund than its table's.",
                p.Text, own[0], named[0], location);
        }
    }
}
