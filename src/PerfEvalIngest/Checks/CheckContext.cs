using PerfEvalIngest.Facts;
using PerfEvalIngest.Rubrics;
using PerfEvalIngest.Structure;

namespace PerfEvalIngest.Checks;

/// <summary>What every check sees: the facts (and through them the structure and document), the concept
/// dictionary, the tolerances and the rubric evaluation.</summary>
public sealed record CheckContext(FactSet Facts, ConceptDictionary Concepts, CheckTolerances Tolerances, RubricResult? Rubric)
{
    public StructuredDocument Structure => Facts.Structure;
}
