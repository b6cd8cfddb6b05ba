namespace OpenCity.Server.Tests.Fuzzing;

/// <summary>Sends the requests of the given seeds a few at a time and judges every answer.</summary>
public sealed class FuzzRunner(FuzzClient client, FuzzCaseGenerator generator, ServerExceptionLog serverLog)
{
    public async Task<IReadOnlyList<FuzzOutcome>> RunAsync(IReadOnlyList<int> seeds, int parallelism, CancellationToken cancellationToken)
    {
        var outcomes = new FuzzOutcome[seeds.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, seeds.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (index, token) =>
            {
                var request = generator.Create(seeds[index]);
                var response = await client.SendAsync(request, ServerExceptionLog.TraceParent(index), token);
                var (problems, codes) = FuzzOracle.Judge(request, response);
                outcomes[index] = new FuzzOutcome(index, seeds[index], request, response, problems, codes, serverLog.For(index));
            });
        return outcomes;
    }
}
