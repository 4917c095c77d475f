using System.Text.RegularExpressions;

namespace PerfEvalIngest.Structure;

/// <summary>
/// Reads the would-be title of a numbered paragraph and judges whether it reads like a heading. Three shapes:
/// a standalone title ("3、资产情况"), a run-in title closed by "。" with body text after it
/// ("1.着力强化党的建设，筑牢单位政治思想根基。一是…"), and a title that runs straight into a field label
/// ("6.对年度绩效目标6的分析预期目标：…").
/// </summary>
internal static partial class HeadingTitle
{
    // A figure with a unit marks a sentence of body text, not a title ("（1）本年度“三公经费”支出0.55万元"); the units
    // are models/units.json's.
    internal static readonly Regex FigureRegex = Knowledge.PatternRegex.Of(@"\d+(?:\.\d+)?\s*(?:" + Knowledge.Units.Vocabulary.Alternation(
        Knowledge.Units.Words.Money.Keys.Concat(Knowledge.Units.Words.Percent).Concat(Knowledge.Units.Words.Classifiers)) + ")");

    private static Regex Figure() => FigureRegex;

    public static (string Title, bool LooksLikeHeading) Read(string rest, HeadingRules rules)
    {
        foreach (var field in rules.FieldLabels)
        {
            int at = rest.IndexOf(field, StringComparison.Ordinal);
            if (at > 0 && at + field.Length < rest.Length && !IsPunctuation(rest[at - 1]))
            {
                var fieldTitle = rest[..at];
                return (fieldTitle, fieldTitle.Length <= rules.MaxRunInTitle && IsTitleLike(fieldTitle));
            }
        }

        int stop = rest.IndexOf('。');
        if (stop >= 0 && stop < rest.Length - 1)
        {
            var runIn = rest[..stop];
            return (runIn, runIn.Length <= rules.MaxRunInTitle && IsTitleLike(runIn));
        }
        if (stop >= 0 && stop == rest.Length - 1)
        {
            var closed = rest[..^1];
            return (closed, closed.Length <= rules.MaxStandaloneTitleEndingInStop && IsTitleLike(closed));
        }

        var title = rest.TrimEnd('：', ':', ' ');
        // "预算部门名称：苏州市生产力促进中心" is a field and its value: the field's name is the title.
        int colon = title.IndexOfAny(['：', ':']);
        if (colon > 0 && colon <= 12) title = title[..colon];
        bool endsMidSentence = rest.EndsWith('，') || rest.EndsWith('；') || rest.EndsWith('、');
        return (title, title.Length <= rules.MaxStandaloneTitle && !endsMidSentence && IsTitleLike(title));
    }

    // A table row read as a line of text ends in its amount ("十八、住房保障支出 4,716.51").
    [GeneratedRegex(@"\d(?:[\d,]*\.\d+|\d{0,2}(?:,\d{3})+)\s*$")]
    private static partial Regex TrailingAmount();

    private static bool IsTitleLike(string title) =>
        title.Length > 0 && !title.Contains('；') && !title.Contains(';') && !Figure().IsMatch(title) && !TrailingAmount().IsMatch(title);

    public static bool IsPunctuation(char c) => char.IsPunctuation(c) || c is '：' or '，' or '。' or '；' or '、';
}
