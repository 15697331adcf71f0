using BenchmarkDotNet.Running;

// Run every benchmark:   dotnet run -c Release --project benchmarks/AccountabilityKit.Benchmarks -- --filter '*'
// Prove they start (CI): dotnet run -c Release --project benchmarks/AccountabilityKit.Benchmarks -- --filter '*' --job dry
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToList();

// Exit non-zero when a benchmark could not be built or run, so CI notices.
var failed = summaries.Count == 0
    || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
