using System.Text.RegularExpressions;
using PerfEvalIngest.Knowledge;

namespace PerfEvalIngest.Facts.Statements;

/// <summary>The words and sentence patterns of models/statements.json, loaded once and shared read-only.</summary>
internal sealed partial record StatementVocabulary(
    IReadOnlyList<string> IncreaseWords,
    IReadOnlyList<string> DecreaseWords,
    IReadOnlyList<string> FlatWords,
    string ComparisonPattern,
    string ExecutionYearPattern,
    string OutturnPattern,
    IReadOnlyDictionary<string, int> OutturnWords,
    IReadOnlyList<string> BudgetWords,
    IReadOnlyList<string> OutturnAmountWords,
    IReadOnlyList<string> BaseWords,
    string OwnDirectionPattern,
    string OutturnReasonPattern,
    IReadOnlyDictionary<string, int> OutturnReasonWords)
{
    /// <summary>The file's JSON contract, generated at build time: reflection-based reading cost a one-file check
    /// about a fifth of its start-up.</summary>
    [System.Text.Json.Serialization.JsonSerializable(typeof(StatementVocabulary))]
    private sealed partial class StatementVocabularyJson : System.Text.Json.Serialization.JsonSerializerContext
    {
    }

    public static StatementVocabulary Load() => ModelDirectory.LoadJson(o => new StatementVocabularyJson(o).StatementVocabulary, "statements.json");

    // Built once from the patterns when the vocabulary is loaded; nothing changes after. Each is searched only in
    // text that holds what every match of it needs (most sentences hold no comparison with last year).
    public DataPattern Comparison { get; } = new(ComparisonPattern);
    public DataPattern ExecutionYear { get; } = new(ExecutionYearPattern);
    public DataPattern Outturn { get; } = new(OutturnPattern);
    public DataPattern OwnDirection { get; } = new(OwnDirectionPattern);
    public DataPattern OutturnReason { get; } = new(OutturnReasonPattern);

    /// <summary>+1 for a word of rise, −1 of fall, 0 of no change, null for none, at the end of
    /// <paramref name="text"/> (the words right before a figure).</summary>
    public int? DirectionAtEnd(string text)
    {
        var t = text.TrimEnd(' ', '了', '为', '：', ':', '约', '达', '了');
        // Longest first, so that 增幅为 wins over 多.
        foreach (var (word, sign) in Directions)
            if (t.EndsWith(word, StringComparison.Ordinal)) return sign;
        return null;
    }

    private IReadOnlyList<(string Word, int Sign)> Directions { get; } = IncreaseWords.Select(w => (w, 1))
        .Concat(DecreaseWords.Select(w => (w, -1))).OrderByDescending(p => p.Item1.Length).ToList();
}
