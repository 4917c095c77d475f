using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Facts.Statements;

/// <summary>What a sentence asserts, with the roles of its figures: a typed reading made once in the facts stage, so
/// that checks never parse text again.</summary>
internal abstract record Statement(int BlockIndex, string Text, Location Location);

/// <summary>
/// A comparison with an earlier year: 「支出预算1642.08万元，与上年相比增加62.7万元，增长3.97%」 — this year's
/// <paramref name="Level"/> X, the <paramref name="Change"/> D, the <paramref name="Rate"/> p, the
/// <paramref name="Direction"/> (+1 增加/增长, −1 减少/下降, 0 持平), the marker as printed ("与上年相比") and the
/// year it names (比2024年预算 → 2024; null for 上年). Last year's level is X − D for a rise, X + D for a fall, or
/// the <paramref name="Base"/> where the sentence states it (「2025年当年预算执行数为77.99万元，2026年预算安排91.97万元，
/// 比2025年预算执行数增加17.66%」, 「58.28万元，上年:421.23万元」).
/// </summary>
internal sealed record ChangeStatement(
    int BlockIndex, string Text, Location Location,
    Fact? Level, Fact? Change, Fact? Rate, int Direction, int? RateDirection, string Marker, int? ComparedYear,
    Fact? Base = null)
    : Statement(BlockIndex, Text, Location);

/// <summary>「2025年当年预算执行数为…」: a statement naming the year whose outturn it gives, which in a budget for year
/// N must be N − 1.</summary>
internal sealed record ExecutionYearStatement(int BlockIndex, string Text, Location Location, int Year, string Printed)
    : Statement(BlockIndex, Text, Location);

/// <summary>
/// Budget against outturn: 「年初预算为232.02万元，支出决算为219.24万元…决算数大于预算数的主要原因…」 — the
/// <paramref name="Budget"/> and <paramref name="Outturn"/> figures and the direction the words claim (+1 大于, −1 小于,
/// 0 等于).
/// </summary>
internal sealed record OutturnStatement(int BlockIndex, string Text, Location Location,
    Fact? Budget, Fact? Outturn, int Claimed, string Printed)
    : Statement(BlockIndex, Text, Location);
