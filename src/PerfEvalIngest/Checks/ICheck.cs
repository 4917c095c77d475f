namespace PerfEvalIngest.Checks;

/// <summary>One family of checks from the catalogue of the domain guide. A check reads the facts and structure
/// and returns findings; it never throws for anything in the input.</summary>
public interface ICheck
{
    /// <summary>The family's category: arithmetic, unit, numbering, enumeration, completeness …</summary>
    string Category { get; }

    IEnumerable<Finding> Run(CheckContext context);
}
