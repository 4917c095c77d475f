namespace PerfEvalIngest.Segmentation;

/// <summary>Names of the files in a segmentation data folder (models/jieba/ for the tool; make-data.sh there produces
/// the binary ones).</summary>
public static class JiebaFiles
{
    public const string Folder = "jieba";
    public const string PrefixDictionary = "dict.bin";
    public const string Hmm = "hmm.bin";
    public const string Idf = "idf.bin";
    public const string StopWords = "stop-words.txt";
    public const string BudgetUserDictionary = "userdict-budget.txt";
}
