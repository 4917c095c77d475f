namespace PerfEvalIngest.Corpus.Figures;

/// <summary>
/// A number as it appears on the page. Text is exactly what is printed (it may be full-width, trimmed or a
/// Chinese numeral); Unit is printed right after it. Claim and Fault travel with the number so that, when the
/// paragraph holding it is written, the claim's and the fault's quote can be taken from the final text.
/// </summary>
sealed record Printed(string Text, string Unit)
{
    public Claims.Claim? Claim { get; init; }
    public Faults.PlantedFault? Fault { get; init; }

    public string WithUnit => Text + Unit;

    /// <summary>Value of the printed text (full-width digits and Chinese numerals read too).</summary>
    public decimal Value => NumberText.Parse(Text);
}
