namespace OpenCity.Server.Statistics;

/// <summary>The input of <c>publishObservations</c>.</summary>
public sealed record PublishObservationsInput(string Indicator, string Period, IReadOnlyList<ObservationValueInput> Values);
