using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Evaluation;

/// <summary>One fault planted into a clean report: its type (sum, share, …), the finding category that should
/// catch it, what was printed before and after, and where (the block and its location).</summary>
public sealed record PlantedFault(string Type, string Category, string Original, string Planted, int BlockIndex, Location Location)
{
    public override string ToString() => $"{Type} at {Location.Describe()}: «{Original}» → «{Planted}»";
}
