using PerfEvalIngest.Corpus.Figures;
using PerfEvalIngest.Corpus.Profiles;
using PerfEvalIngest.Corpus.Writing;

namespace PerfEvalIngest.Corpus.Templates;

/// <summary>
/// A key task's target and result for the year, and its report sentence filled once — the same words then
/// appear in the text, the 年度重点任务 table and the 自评表, as they do in real reports.
/// </summary>
sealed record TaskOutcome(TaskSpec Spec, decimal Target, decimal Result, Para Sentence)
{
    public bool Met => Spec.Comparison switch
    {
        Comparison.AtMost => Result <= Target,
        Comparison.Equal => Result == Target,
        _ => Result >= Target,
    };

    /// <summary>Targets are round numbers and print without trailing zeros ("98%", not "98.00%").</summary>
    public string TargetNumber => NumberText.Trimmed(Target, Spec.Decimals);
    public string ResultNumber => NumberText.Fixed(Result, Spec.Decimals);

    public static TaskOutcome Draw(TaskSpec spec, Random rng, int year, string shortName)
    {
        var ratio = spec.Comparison == Comparison.Equal ? 1m : LedgerFactory.Frac(rng, spec.Ratio.Lo, spec.Ratio.Hi);
        var result = Math.Round(spec.Target * ratio, spec.Decimals, MidpointRounding.AwayFromZero);
        if (spec.Unit == "%") result = Math.Min(result, 100m);
        var values = new ProseValues(year, shortName) { Result = result, Target = spec.Target, Unit = spec.Unit, Decimals = spec.Decimals };
        return new TaskOutcome(spec, spec.Target, result, ProseTemplate.Fill(spec.Sentence, values, rng));
    }
}
