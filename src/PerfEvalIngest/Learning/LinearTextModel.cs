namespace PerfEvalIngest.Learning;

/// <summary>
/// A linear multiclass text classifier as the pipeline runs it: the word-gram and character-gram counts of a sample
/// (<see cref="TextGrams"/>), each bag scaled to unit length, scored against every label's weights and bias, the
/// scores turned into probabilities by softmax. Only grams of the training dictionary count, in the scores and in the
/// lengths. The weights come from training (<c>Learning/Training</c>, ML.NET's SDCA maximum entropy), which checks that
/// this model gives the probabilities ML.NET gives; reading them needs no learning library, so a check starts without
/// one. Immutable: <see cref="Predict"/> may be called from several threads.
/// </summary>
internal sealed class LinearTextModel
{
    private readonly string[] _labels;
    private readonly float[] _biases;
    private readonly Dictionary<string, int> _wordSlots, _charSlots;
    // Slot-major: the weights of slot s for every label, so one slot's contribution is one contiguous run.
    private readonly float[] _weights;

    public LinearTextModel(LinearTextModelFile file)
    {
        _labels = file.Classes.Select(c => c.Label).ToArray();
        _biases = file.Classes.Select(c => c.Bias).ToArray();
        _wordSlots = Slots(file.WordGrams, 0);
        _charSlots = Slots(file.CharGrams, file.WordGrams.Count);
        _weights = new float[(file.WordGrams.Count + file.CharGrams.Count) * _labels.Length];
        for (int label = 0; label < _labels.Length; label++)
        {
            var c = file.Classes[label];
            foreach (var (gram, weight) in c.WordWeights) _weights[Slot(_wordSlots, gram, "word") * _labels.Length + label] = weight;
            foreach (var (gram, weight) in c.CharWeights) _weights[Slot(_charSlots, gram, "character") * _labels.Length + label] = weight;
        }
    }

    public IReadOnlyList<string> Labels => _labels;

    public static LinearTextModel Load(string path) => new(LinearTextModelFile.Read(path));

    /// <summary>Each sample's label and its probability, with the probability of every label.</summary>
    public IReadOnlyList<TextPrediction> Predict(IReadOnlyList<TextSample> samples) => samples.Select(Predict).ToList();

    public TextPrediction Predict(TextSample sample)
    {
        var scores = _biases.Select(b => (double)b).ToArray();
        Add(scores, Counts(TextGrams.Words(sample.Words), _wordSlots));
        Add(scores, Counts(TextGrams.Chars(sample.Chars), _charSlots));
        var probabilities = Softmax(scores);
        int best = 0;
        for (int i = 1; i < probabilities.Length; i++) if (probabilities[i] > probabilities[best]) best = i;
        return new TextPrediction(_labels[best], probabilities[best], _labels.Select((l, i) => (l, probabilities[i])).ToArray());
    }

    /// <summary>How often each dictionary gram occurs, by slot: the order in which the trainer's dot product adds them.</summary>
    private static SortedDictionary<int, int> Counts(IEnumerable<string> grams, Dictionary<string, int> slots)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var gram in grams)
            if (slots.TryGetValue(gram, out int slot)) counts[slot] = counts.GetValueOrDefault(slot) + 1;
        return counts;
    }

    /// <summary>Adds one bag, scaled to unit length, to every label's score.</summary>
    private void Add(double[] scores, SortedDictionary<int, int> counts)
    {
        double squares = 0;
        foreach (var count in counts.Values) squares += (double)count * count;
        if (squares == 0) return;
        double scale = 1 / Math.Sqrt(squares);
        int labels = _labels.Length;
        foreach (var (slot, count) in counts)
        {
            double x = count * scale;
            for (int label = 0; label < labels; label++) scores[label] += x * _weights[slot * labels + label];
        }
    }

    private static float[] Softmax(double[] scores)
    {
        double max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        double sum = exp.Sum();
        return exp.Select(e => (float)(e / sum)).ToArray();
    }

    private static Dictionary<string, int> Slots(IReadOnlyList<string> grams, int first)
    {
        var slots = new Dictionary<string, int>(grams.Count, StringComparer.Ordinal);
        for (int i = 0; i < grams.Count; i++)
            if (!slots.TryAdd(grams[i], first + i)) throw new InvalidDataException($"the gram '{grams[i]}' is listed twice");
        return slots;
    }

    private static int Slot(Dictionary<string, int> slots, string gram, string bag) =>
        slots.TryGetValue(gram, out int slot) ? slot : throw new InvalidDataException($"a weight for the {bag} gram '{gram}', which the dictionary lacks");
}

/// <summary>A predicted label, its probability, and the probability of every label.</summary>
internal sealed record TextPrediction(string Label, float Probability, IReadOnlyList<(string Label, float Probability)> All);
