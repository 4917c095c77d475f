using BenchmarkDotNet.Running;

// Every benchmark class in this assembly is discoverable: `dotnet run -c Release -- --filter '*Text*'`.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
