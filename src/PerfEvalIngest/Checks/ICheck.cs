namespace PerfEvalIngest.Checks;

/// <summary>One family of checks from the catalogue of the domain guide. A check reads the facts and structure
/// and returns findings, each filed under its rule's category (<see cref="Finding.Category"/>); it never throws for
/// anything in the input.</summary>
internal interface ICheck
{
    IEnumerable<Finding> Run(CheckContext context);
}
