using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Finds a 目录: a paragraph that is only the word (目 录, 目录：) and the entries after it, so that they stay out of
/// the outline, the title and the numbering. An entry is a short line without a full stop — with leader dots and a
/// page number or without (many disclosures print the bare headings). The list ends where the body begins: at the
/// first line that repeats an entry already listed (the body's first heading), at a sentence or a table, for a
/// list whose entries carry page numbers at the first line that has none, and for one whose entries do not at an
/// unnumbered line on a new page. A table on the 目录's page amid its
/// entries is entries read as columns.
/// </summary>
internal static partial class TableOfContents
{
    [GeneratedRegex(@"(?:[.．·•…‥_\-－—]{2,}|\s{2,}|\t)\s*\d{1,4}\s*$|(?<=[\u4e00-\u9fff）)])\s*\d{1,4}$")]
    private static partial Regex PageNumberAtEnd();

    [GeneratedRegex(@"[\s.．·•…‥_\-－—\u3000]+")]
    private static partial Regex Filler();

    /// <summary>The blocks of every 目录 in the document: its title line and its entries.</summary>
    public static IReadOnlySet<int> Find(IReadOnlyList<Block> blocks, HeadingRules rules)
    {
        var found = new HashSet<int>();
        for (int i = 0; i < blocks.Count; i++)
        {
            if (blocks[i] is not Paragraph title || !IsTitle(title.Text, rules)) continue;
            var entries = new HashSet<string>(StringComparer.Ordinal);
            bool numbered = false;
            int j = i + 1;
            for (; j < blocks.Count; j++)
            {
                // Indented entries ("  1. 2024年…") can line up into what a PDF reader takes for a table; on the
                // 目录's own page that is the 目录 going on.
                if (blocks[j] is Table t && t.Location.Page != null && t.Location.Page == blocks[j - 1].Location.Page
                    && entries.Count > 0)
                    continue;
                if (blocks[j] is not Paragraph p) break;
                var text = p.Text;
                if (text.Length > rules.MaxTableOfContentsEntry || text.TrimEnd('。').Contains('。')) break;
                bool hasPage = PageNumberAtEnd().IsMatch(text);
                if (numbered && !hasPage) break;
                // A list of bare headings that runs onto a new page: an unnumbered line there followed by running text
                // is the body's first title (「上海市普陀区社会福利院主要职能」 over 「…是收养社会孤老…的事业单位。」), not
                // the wrapped end of an entry (「出预算表」 over 「十二、政府采购支出预算表」).
                if (!hasPage && entries.Count > 0 && p.Location.Page is int page && blocks[j - 1].Location.Page is int before
                    && page > before && NumberingLabel.Parse(text) == null
                    && j + 1 < blocks.Count && blocks[j + 1] is Paragraph next
                    && (next.Text.Contains('。') || next.Text.TrimEnd().EndsWith('：') || next.Text.Length > rules.MaxTableOfContentsEntry))
                    break;
                var key = Key(text);
                if (key.Length == 0 || !entries.Add(key)) break;
                numbered |= hasPage && entries.Count == 1;
            }
            if (entries.Count == 0) continue;
            for (int k = i; k < j; k++) found.Add(k);
            i = j - 1;
        }
        return found;
    }

    private static bool IsTitle(string text, HeadingRules rules)
    {
        var bare = Filler().Replace(text, "").TrimEnd('：', ':');
        return rules.TableOfContentsTitles.Contains(bare);
    }

    /// <summary>An entry as the body would print its heading: without leader dots, page number and spacing.</summary>
    public static string Key(string text) => Filler().Replace(PageNumberAtEnd().Replace(text, ""), "");
}
