using BenchmarkDotNet.Running;

// Run every benchmark:   dotnet run -c Release --project benchmarks/AccountabilityKit.Benchmarks -- --filter '*'
// Prove they start (CI): dotnet run -c Release --project benchmarks/AccountabilityKit.Benchmarks -- --filter '*' --job dry
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
