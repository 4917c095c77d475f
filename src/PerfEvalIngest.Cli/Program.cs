using PerfEvalIngest.Cli;

// The `perfeval` command: parses arguments and calls the library. Exit codes: 0 done and nothing at or above
// --fail-on, 1 done and something at or above it, 2 bad usage or nothing could be read at all.
Console.OutputEncoding = System.Text.Encoding.UTF8;
// Output is the same in every locale: figures print as the reports print them (3989.53), messages never vary.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.Out.Write(Usage.Text);
    return args.Length == 0 ? 2 : 0;
}
return args[0] switch
{
    "check" => CheckCommand.Run(args[1..], Console.Out, Console.Error),
    "extract" => ExtractCommand.Run(args[1..], Console.Out, Console.Error),
    "eval" => EvalCommand.Run(args[1..], Console.Out, Console.Error),
    "segment" => SegmentCommand.Run(args[1..], Console.In, Console.Out, Console.Error),
    "train" => TrainCommand.Run(args[1..], Console.Out, Console.Error),
    _ => Usage.Fail(Console.Error, $"unknown command '{args[0]}'"),
};
