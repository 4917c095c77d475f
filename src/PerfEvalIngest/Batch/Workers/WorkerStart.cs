namespace PerfEvalIngest.Batch.Workers;

/// <summary>How to start a worker process: the program and the arguments before <c>worker</c> (for a framework-dependent
/// command, <c>dotnet perfeval.dll</c>; for an installed one, the command alone).</summary>
public sealed record WorkerStart(string Program, IReadOnlyList<string> Arguments);
