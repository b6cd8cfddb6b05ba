namespace OpenCity.Server.Import;

/// <summary>Why one feature cannot be imported; caught per feature, so every bad feature is reported.</summary>
internal sealed class FeatureRejectedException(string reason) : Exception(reason);
