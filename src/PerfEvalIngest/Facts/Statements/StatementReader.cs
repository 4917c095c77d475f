using System.Text.RegularExpressions;
using PerfEvalIngest.DocumentModel;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts.Statements;

/// <summary>
/// Reads a paragraph's sentences into statements, once, from its text and the facts already found in it: which
/// figure is this year's level, which the change, which the rate; which the budget and which the outturn a
/// 大于/小于 sentence compares. Figures keep their roles, so a change is never read as last year's level.
/// </summary>
internal sealed class StatementReader
{
    private readonly StatementVocabulary _words;

    public StatementReader(StatementVocabulary words) => _words = words;

    public static StatementReader Load() => new(StatementVocabulary.Load());

    /// <param name="previous">The paragraph before, whose figures a sentence such as 「决算数大于预算数的主要原因…」
    /// may refer to when a line break split the item.</param>
    public IEnumerable<Statement> Read(string text, IReadOnlyList<Fact> facts, Location location, int blockIndex,
        (string Text, IReadOnlyList<Fact> Facts)? previous = null)
    {
        var starts = Sentences.Starts(text);
        var comparisons = _words.Comparison.Matches(text).ToList();
        foreach (var m in comparisons)
            if (ChangeAt(text, facts, starts, m, location, blockIndex) is { } change) yield return change;
        var compared = comparisons.Select(m => SentenceIndex(starts, m.Index)).ToHashSet();
        foreach (Match m in _words.OwnDirection.Matches(text))
            if (!compared.Contains(SentenceIndex(starts, m.Index))
                && OwnDirectionAt(text, facts, starts, m, location, blockIndex) is { } own) yield return own;
        // 「日常公用经费支出预算数为242.71万元，决算数为211.04万元，减少主要原因为…」: the reason's direction word
        // compares the outturn with the budget just stated.
        foreach (Match m in _words.OutturnReason.Matches(text))
        {
            var (budget, outturn) = BudgetAndOutturn(text, facts, m.Index);
            if (budget == null || outturn == null || budget.SentenceIndex != outturn.SentenceIndex
                || SentenceIndex(starts, m.Index) - outturn.SentenceIndex > 1) continue;
            yield return new OutturnStatement(blockIndex, SentenceAt(text, starts, m.Index), outturn.Location,
                budget, outturn, _words.OutturnReasonWords[m.Groups["word"].Value], m.Value);
        }
        foreach (Match m in _words.ExecutionYear.Matches(text))
            yield return new ExecutionYearStatement(blockIndex, SentenceAt(text, starts, m.Index), location,
                int.Parse(m.Groups["year"].Value), m.Value);
        foreach (Match m in _words.Outturn.Matches(text))
        {
            var (budget, outturn) = BudgetAndOutturn(text, facts, m.Index);
            if ((budget == null || outturn == null) && previous is { } p)
            {
                var (earlierBudget, earlierOutturn) = BudgetAndOutturn(p.Text, p.Facts, p.Text.Length);
                (budget, outturn) = (budget ?? earlierBudget, outturn ?? earlierOutturn);
            }
            yield return new OutturnStatement(blockIndex, SentenceAt(text, starts, m.Index), outturn?.Location ?? location,
                budget, outturn, _words.OutturnWords[m.Groups["word"].Value], m.Value);
        }
    }

    private ChangeStatement? ChangeAt(string text, IReadOnlyList<Fact> facts, IReadOnlyList<int> starts, Match marker,
        Location location, int blockIndex)
    {
        int sentence = SentenceIndex(starts, marker.Index);
        int end = marker.Index + marker.Length;
        var after = facts.Where(f => f.SentenceIndex == sentence && f.Quantity.Start >= end).ToList();
        // 「较上年的4.70万元减少0.16万元，下降3.40%」: last year's level right after the marker.
        Fact? baseAfter = null;
        if (after.Count > 1 && after[0].Quantity.Kind == UnitKind.Money && text[end..after[0].Quantity.Start].Trim() == "的")
        {
            baseAfter = after[0];
            end = baseAfter.Quantity.End;
            after = after.Skip(1).ToList();
        }
        Fact? change = null, rate = null;
        int? direction = null, rateDirection = null;
        if (after.Count > 0 && _words.DirectionAtEnd(text[end..after[0].Quantity.Start]) is int d)
        {
            if (after[0].Quantity.Kind == UnitKind.Money)
            {
                (change, direction) = (after[0], d);
                if (after.Count > 1 && after[1].Quantity.Kind == UnitKind.Percent
                    && _words.DirectionAtEnd(text[after[0].Quantity.End..after[1].Quantity.Start]) is int rd)
                    (rate, rateDirection) = (after[1], rd);
            }
            else if (after[0].Quantity.Kind == UnitKind.Percent)
                (rate, direction, rateDirection) = (after[0], d, d);
        }
        if (direction == null)
        {
            // No figure follows the word: 「…上年:160.14万元，比上年增加。」 or 「与上年持平」.
            var rest = text[end..Math.Min(text.Length, end + 8)].TrimStart('，', ',', ' ');
            if (_words.FlatWords.Any(w => rest.StartsWith(w, StringComparison.Ordinal))) direction = 0;
            else if (_words.IncreaseWords.Any(w => w.Length > 1 && rest.StartsWith(w, StringComparison.Ordinal))) direction = 1;
            else if (_words.DecreaseWords.Any(w => w.Length > 1 && rest.StartsWith(w, StringComparison.Ordinal))) direction = -1;
        }
        if (direction == null) return null;

        // This year's level: the last amount before the marker in its sentence, or, for a sentence that opens with the
        // comparison ("与上年相比增加…"), the last amount of the sentence before.
        var before = facts.Where(f => f.Quantity.Kind == UnitKind.Money && f.Quantity.End <= marker.Index && f.SentenceIndex == sentence).ToList();
        if (before.Count == 0 && facts.All(f => f.SentenceIndex != sentence || f.Quantity.Start >= marker.Index))
            before = facts.Where(f => f.Quantity.Kind == UnitKind.Money && f.SentenceIndex == sentence - 1).ToList();
        // Last year's level where the sentence states it: an amount named by 当年预算执行数, 上年 ….
        var baseline = baseAfter is { Quantity.IsExact: true } ? baseAfter : before.LastOrDefault(f => f.Quantity.IsExact && IsBase(text, facts, f));
        // A figure that is itself a change ("增加2432.93万元") or last year's is no level.
        var level = before.LastOrDefault(f => f.Quantity.IsExact && !IsChange(text, facts, f) && !ReferenceEquals(f, baseline));
        // With last year's level and the change both stated, this year's level is the amount they give: in 「“三公”经费
        // 支出4.54万元，其中…公务接待费0.75万元。较上年的4.70万元减少0.16万元」 it is 4.54, not the last part before.
        if (baseAfter != null && change != null && direction is int dir)
        {
            decimal implied = baseAfter.Quantity.BaseValue + dir * change.Quantity.BaseValue;
            decimal slack = baseAfter.Quantity.HalfUlp + change.Quantity.HalfUlp;
            level = before.LastOrDefault(f => f.Quantity.IsExact && Math.Abs(f.Quantity.BaseValue - implied) <= slack + f.Quantity.HalfUlp);
        }
        int? year = marker.Groups["year"].Success ? int.Parse(marker.Groups["year"].Value) : null;
        return new ChangeStatement(blockIndex, SentenceAt(text, starts, marker.Index), (change ?? rate ?? level)?.Location ?? location,
            level, change, rate, direction.Value, rateDirection, marker.Value, year, baseline);
    }

    /// <summary>「…（项）”58.28万元，上年:421.23万元，主要公益性岗位补贴经费增加。」: this year's level, last year's, and
    /// the item's own direction word after them, with no comparison marker and no 原因 between (a reason may name
    /// a part that moved the other way).</summary>
    private ChangeStatement? OwnDirectionAt(string text, IReadOnlyList<Fact> facts, IReadOnlyList<int> starts, Match m,
        Location location, int blockIndex)
    {
        int sentence = SentenceIndex(starts, m.Index);
        var before = facts.Where(f => f.Quantity.Kind == UnitKind.Money && f.SentenceIndex == sentence && f.Quantity.End <= m.Index).ToList();
        var baseline = before.LastOrDefault(f => f.Quantity.IsExact && IsBase(text, facts, f));
        if (baseline == null || !ReferenceEquals(before[^1], baseline)) return null;
        if (text[baseline.Quantity.End..m.Index].Contains("原因", StringComparison.Ordinal)) return null;
        var level = before.LastOrDefault(f => f.Quantity.IsExact && !ReferenceEquals(f, baseline) && !IsChange(text, facts, f));
        if (level == null) return null;
        var word = m.Groups["word"].Value;
        int direction = _words.IncreaseWords.Contains(word) ? 1 : -1;
        return new ChangeStatement(blockIndex, SentenceAt(text, starts, m.Index), level.Location,
            level, null, null, direction, null, word, null, baseline);
    }

    /// <summary>The words just before the figure name last year's level ("上年:421.23万元", "2025年当年预算执行数为77.99万元").</summary>
    private bool IsBase(string text, IReadOnlyList<Fact> facts, Fact f)
    {
        int i = IndexOf(facts, f);
        int from = Math.Max(i > 0 ? facts[i - 1].Quantity.End : 0, f.Quantity.Start - 16);
        var window = text[from..f.Quantity.Start];
        return _words.BaseWords.Any(w => window.Contains(w, StringComparison.Ordinal));
    }

    private bool IsChange(string text, IReadOnlyList<Fact> facts, Fact f)
    {
        int i = IndexOf(facts, f);
        int from = i > 0 ? facts[i - 1].Quantity.End : 0;
        return _words.DirectionAtEnd(text[from..f.Quantity.Start]) != null;
    }

    /// <summary>The last budget and outturn amounts stated in <paramref name="text"/> before offset
    /// <paramref name="before"/>, each known by the words before it (年初预算为…, 支出决算为…).</summary>
    private (Fact? Budget, Fact? Outturn) BudgetAndOutturn(string text, IReadOnlyList<Fact> facts, int before)
    {
        Fact? budget = null, outturn = null;
        for (int i = 0; i < facts.Count && facts[i].Quantity.End <= before; i++)
        {
            var f = facts[i];
            if (f.Quantity.Kind != UnitKind.Money || !f.Quantity.IsExact) continue;
            int from = i > 0 ? facts[i - 1].Quantity.End : 0;
            var window = text[from..f.Quantity.Start];
            if (_words.OutturnAmountWords.Any(w => window.Contains(w, StringComparison.Ordinal))) outturn = f;
            else if (_words.BudgetWords.Any(w => window.Contains(w, StringComparison.Ordinal))) budget = f;
        }
        return (budget, outturn);
    }

    private static int IndexOf(IReadOnlyList<Fact> facts, Fact f)
    {
        for (int i = 0; i < facts.Count; i++) if (ReferenceEquals(facts[i], f)) return i;
        return -1;
    }

    private static int SentenceIndex(IReadOnlyList<int> starts, int offset)
    {
        int s = 0;
        while (s + 1 < starts.Count && starts[s + 1] <= offset) s++;
        return s;
    }

    private static string SentenceAt(string text, IReadOnlyList<int> starts, int offset)
    {
        int s = SentenceIndex(starts, offset);
        int end = s + 1 < starts.Count ? starts[s + 1] : text.Length;
        return text[starts[s]..end].Trim();
    }
}
