namespace OpenCity.Server.Statistics;

/// <summary>One grid's figure in <see cref="PublishObservationsInput"/>.</summary>
public sealed record ObservationValueInput(string Unit, double Value);
