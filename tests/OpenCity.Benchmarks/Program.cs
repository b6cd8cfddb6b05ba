using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using OpenCity.Benchmarks.Attacks;
using OpenCity.Benchmarks.Ingestion;
using OpenCity.Benchmarks.Seeding;
using OpenCity.Benchmarks.Subscriptions;

// The attack shapes are measured once each against a server in a child process, not by BenchmarkDotNet.
if (args is ["attacks", .. var attackArgs])
{
    return await AttackCommand.RunAsync(attackArgs);
}

// Bulk ingestion is measured request by request against a server on Kestrel, not by BenchmarkDotNet.
if (args is ["ingest", .. var ingestArgs])
{
    return await IngestionBenchmark.RunAsync(ingestArgs);
}

// Subscribers over real WebSockets are measured against a server on Kestrel, not by BenchmarkDotNet.
if (args is ["subscribers", .. var subscriberArgs])
{
    return await SubscribersBenchmark.RunAsync(subscriberArgs);
}

// In process: the benchmarks drive databases, not tight loops, and a generated project would
// inherit this repository's build rules (central versions, warnings as errors).
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).AsDefault())
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
var summaries = BenchmarkSwitcher.FromAssembly(typeof(SeedingBenchmarks).Assembly).Run(args, config);
SeedingRowsPerSecond.Print(summaries);
return 0;
