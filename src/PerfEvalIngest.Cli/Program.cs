using PerfEvalIngest.Cli;

// The `perfeval` command: parses arguments (PerfevalCommandLine) and calls the library. Exit codes: 0 done and
// nothing at or above --fail-on, 1 done and something at or above it, 2 bad usage or nothing could be read at all.
Console.OutputEncoding = System.Text.Encoding.UTF8;
// Output is the same in every locale: figures print as the reports print them (3989.53), messages never vary.
System.Globalization.CultureInfo.DefaultThreadCurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.DefaultThreadCurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.InvariantCulture;
return PerfevalCommandLine.Run(args, Console.Out, Console.Error);
