using PerfEvalIngest.DocumentModel;

namespace PerfEvalIngest.Ingest;

/// <summary>One reader per format. A reader turns the bytes of one file into a <see cref="Document"/>; trouble in
/// the input becomes <see cref="Document.Error"/>, never an exception.</summary>
internal interface IDocumentReader
{
    /// <summary>The contract's format name: txt, docx, pdf, xlsx.</summary>
    string Format { get; }

    /// <summary>File extensions this reader takes, lower case with the dot.</summary>
    IReadOnlyList<string> Extensions { get; }

    Document Read(SourceFile file);

    /// <summary>As <see cref="Read(SourceFile)"/>, with up to <paramref name="threads"/> threads for this one file
    /// (<see cref="ReportOptions.ReadThreads"/>); only a reader that can split its work uses more than one.</summary>
    Document Read(SourceFile file, int threads) => Read(file);

    /// <summary>Starts, off the caller's thread, one-time work that the first <see cref="Read"/> would otherwise do
    /// on its own path; called before a process reads files of this format. Nothing by default.</summary>
    void Prepare()
    {
    }
}
