using PerfEvalIngest.Knowledge;
namespace PerfEvalIngest.Segmentation;

/// <summary>Names of the files under models/jieba/; make-data.sh there produces the binary ones.</summary>
internal static class JiebaFiles
{
    public const string Folder = "jieba";
    public const string PrefixDictionary = "dict.bin";
    public const string Hmm = "hmm.bin";
    public const string Idf = "idf.bin";
    public const string StopWords = "stop-words.txt";
    public const string BudgetUserDictionary = "userdict-budget.txt";

    public static string DefaultDirectory() => ModelDirectory.File(Folder);
}
