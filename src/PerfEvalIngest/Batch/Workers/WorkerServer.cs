namespace PerfEvalIngest.Batch.Workers;

/// <summary>
/// The worker's side (<c>perfeval worker</c>): reads one input per line, checks it in this process, writes its report
/// and checklists, and answers with its dataset rows (<see cref="WorkerProtocol"/>). After a file that ran out of memory
/// or tripped a bug it answers and exits, so the next file starts in a fresh process.
/// </summary>
public static class WorkerServer
{
    public static int Serve(TextReader requests, Stream responses, string outputDirectory, BatchOptions options)
    {
        // A worker exists for the formats that need one; which of them it will get, it learns one file at a time.
        ReportPipeline.PrepareReaders();
        var pipeline = ReportPipeline.CreateDefault();
        pipeline.AwaitLoaded();
        var runner = new BatchRunner(pipeline);
        // Loaded and ready: the batch measures this process's own memory now, before any file is given to it.
        WorkerProtocol.WriteReady(responses);
        for (string? line; (line = requests.ReadLine()) != null;)
        {
            if (line.Length == 0) continue;
            var result = runner.RunOne(WorkerProtocol.ReadRequest(line), options);
            result = BatchRunner.WriteOrFail(outputDirectory, result);
            WorkerProtocol.WriteResponse(responses, Output.DatasetWriter.Rows(result).Select(r => (r.Table.Name, r.Values)));
            if (result.Error?.Code is "too-large" or "internal" && result.Structure == null) return 0;
        }
        return 0;
    }
}
