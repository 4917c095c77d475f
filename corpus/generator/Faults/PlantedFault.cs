namespace PerfEvalIngest.Corpus.Faults;

/// <summary>
/// One deliberate error in a report. Created when the fault plan alters a figure or a heading; Quote and
/// Section are filled in when the altered text is written, so they are always taken from the final text.
/// </summary>
sealed class PlantedFault(FaultType type, string expected, string actual, string description)
{
    public FaultType Type { get; } = type;
    public string Expected { get; } = expected;
    public string Actual { get; } = actual;
    public string Description { get; } = description;
    public string Quote { get; set; } = "";
    public string Section { get; set; } = "";

    public string Rule => Type.Rule();
}
