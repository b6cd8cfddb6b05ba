namespace OpenCity.Server.ServiceRequests;

/// <summary>How citizens' reports are taken in, bound from <c>OpenCity:ServiceRequests</c>.</summary>
public sealed class ServiceRequestOptions
{
    public const string SectionName = "OpenCity:ServiceRequests";

    /// <summary>A report this close (metres) to an open one of the same category is attached to it rather than opening another.</summary>
    public double DuplicateRadiusMeters { get; set; } = 50;

    /// <summary>How recently the open report must have been submitted for a new one to be attached to it.</summary>
    public TimeSpan DuplicateWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>
    /// Reports one client address may submit per minute without a token (staff tokens are not
    /// counted); off with the other per-client limits when <c>OpenCity:RateLimiting:Enabled</c> is false.
    /// </summary>
    public int SubmissionsPerMinute { get; set; } = 10;

    /// <summary>The longest description a citizen may write, in characters.</summary>
    public int MaxDescriptionLength { get; set; } = 2000;

    /// <summary>What <see cref="IsValid"/> requires, as the start-up refusal says it.</summary>
    public const string Requirements =
        "OpenCity:ServiceRequests needs DuplicateRadiusMeters between 0 and 10000, a DuplicateWindow not negative, a positive SubmissionsPerMinute and MaxDescriptionLength between 1 and 100000.";

    public bool IsValid =>
        DuplicateRadiusMeters is >= 0 and <= 10_000 && DuplicateWindow >= TimeSpan.Zero && SubmissionsPerMinute > 0 && MaxDescriptionLength is > 0 and <= 100_000;
}
