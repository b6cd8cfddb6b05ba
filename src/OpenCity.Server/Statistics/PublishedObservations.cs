using OpenCity.Domain.Statistics;

namespace OpenCity.Server.Statistics;

/// <summary>What <c>publishObservations</c> answers: the stored figures and how many were new.</summary>
public sealed record PublishedObservations(IReadOnlyList<Observation> Observations, int Created, int Updated);
