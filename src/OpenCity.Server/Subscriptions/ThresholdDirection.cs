namespace OpenCity.Server.Subscriptions;

/// <summary>Which way a value crossed a threshold.</summary>
public enum ThresholdDirection
{
    Above,
    Below,
}
