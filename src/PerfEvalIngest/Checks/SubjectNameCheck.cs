using System.Text.RegularExpressions;
using PerfEvalIngest.Facts;
using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Checks;

/// <summary>
/// editorial.subject-name — "a subject name in the text that differs from the table's": the 说明 names a budget subject
/// with its code (「医疗卫生与计划生育支出（210类）」) and the document's own tables name that code otherwise (210 卫生健康支出).
/// </summary>
/// <remarks>Traps: words before the name in its sentence (「主要用于公共安全支出（204类）」) are no part of it, so a
/// name that ends with the table's, or the table's with it, agrees; a code the tables do not carry is not judged; 款
/// and 项 codes are read under the 类 and 款 named before them in the same sentence.</remarks>
internal sealed class SubjectNameCheck : ICheck
{

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var structure = context.Structure;
        var names = SubjectCodes.Names(SubjectCodes.CodedRows(structure.Document.Tables));
        if (names.Count == 0) yield break;

        foreach (var p in structure.Document.Paragraphs)
        {
            string? category = null, item = null;
            int sentence = -1;
            foreach (Match m in SubjectCodes.NamedLevel().Matches(p.Text))
            {
                var (start, _) = Facts.Sentences.Around(p.Text, m.Index);
                if (start != sentence) (category, item, sentence) = (null, null, start);
                if (!m.Groups[2].Success) continue;
                var digits = m.Groups[2].Value;
                string? code = m.Groups[3].Value switch
                {
                    "类" when digits.Length == 3 => category = digits,
                    "款" when category != null && digits.Length == 2 => item = category + digits,
                    "项" when item != null && digits.Length == 2 => item + digits,
                    _ => null,
                };
                if (code == null || !names.TryGetValue(code, out var tableName)) continue;
                var textName = m.Groups[1].Value.TrimStart('“', '”');
                if (textName.EndsWith(tableName, StringComparison.Ordinal) || tableName.EndsWith(textName, StringComparison.Ordinal)) continue;
                yield return new Finding("editorial.subject-name", Severity.Warning,
                    $"科目名称与表中不一致：说明写「{textName}（{digits}{m.Groups[3].Value}）」，表中{code}为「{tableName}」。/ The subject is named {tableName} in the tables.",
                    Facts.Sentences.Around(p.Text, m.Index) is var (s, e) ? p.Text[s..e].Trim() : m.Value, tableName, textName,
                    structure.LocationOf(p) with { Page = p.PageAt(m.Index) });
            }
        }
    }
}
