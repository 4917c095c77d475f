namespace PerfEvalIngest.Corpus.Figures;

/// <summary>
/// One row of a 自评表. Target is printed as-is (">=10500家", "健全"); TargetNumber and Result carry the numbers
/// a deviation is computed from when the target is numeric. Concept marks a result that is also a fact.
/// </summary>
sealed record Indicator(string Level1, string Level2, string Level3, decimal Weight, decimal Score, string Target, Printed Result)
{
    public Printed? TargetNumber { get; init; }
    /// <summary>Deviation as printed; null when the row has none (qualitative or zero target).</summary>
    public Printed? Deviation { get; init; }
    public string DeviationText => Deviation?.WithUnit ?? (TargetNumber is null ? "0%" : "—");
    public string Note { get; init; } = "";
    public string? Concept { get; init; }
    public string Aspect { get; init; } = "";
    public string WeightText => NumberText.Trimmed(Weight, 2);
    public string ScoreText => NumberText.Trimmed(Score, 2);
}

/// <summary>The whole 自评表: rows, and for the Hunan template the budget-execution row scored apart.</summary>
sealed record ScoreSheet(IReadOnlyList<Indicator> Rows, ExecutionScore? Execution)
{
    public decimal Total => Rows.Sum(r => r.Score) + (Execution?.Score ?? 0);
    public decimal MaxTotal => Rows.Sum(r => r.Weight) + (Execution?.Weight ?? 0);
    public string TotalText => NumberText.Trimmed(Total, 2);

    public string Grade => Total switch { >= 90 => "优", >= 80 => "良", >= 60 => "中", _ => "差" };
}

/// <summary>Hunan style: 预算执行率 scored as weight × rate, capped at the weight.</summary>
sealed record ExecutionScore(decimal Weight, decimal Score)
{
    public string WeightText => NumberText.Trimmed(Weight, 2);
    public string ScoreText => NumberText.Trimmed(Score, 2);
}
