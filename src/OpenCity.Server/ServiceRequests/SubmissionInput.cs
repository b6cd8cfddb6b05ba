using System.Globalization;
using GraphQL;
using NetTopologySuite.Geometries;
using OpenCity.GraphQL.Data.Errors;
using OpenCity.GraphQL.Data.Spatial;

namespace OpenCity.Server.ServiceRequests;

/// <summary>
/// The shape of a report, checked before anything is read: a refusal is a GraphQL error with the
/// read side's codes (<c>INVALID_VALUE</c>, <c>GEOJSON_INVALID_GEOMETRY</c>), as for any bad input.
/// </summary>
public static class SubmissionInput
{
    public const int MaxIdempotencyKeyLength = 128;

    /// <summary>The report's location as a 2D point; throws when the input is not a report.</summary>
    public static Point Check(SubmitServiceRequestInput input, ServiceRequestOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(input.Description))
        {
            throw new DataLayerError("INVALID_VALUE", "`description` is empty: say in a few words what the problem is.");
        }

        if (input.Description.Length > options.MaxDescriptionLength)
        {
            throw Limit(
                string.Create(CultureInfo.InvariantCulture, $"`description` holds {input.Description.Length:N0} characters; at most {options.MaxDescriptionLength:N0} are allowed."),
                options.MaxDescriptionLength,
                input.Description.Length);
        }

        if (input.IdempotencyKey is { } key && (key.Length == 0 || key.Length > MaxIdempotencyKeyLength))
        {
            throw Limit(
                string.Create(CultureInfo.InvariantCulture, $"`idempotencyKey` must hold 1 to {MaxIdempotencyKeyLength} characters; it holds {key.Length:N0}."),
                MaxIdempotencyKeyLength,
                key.Length);
        }

        if (input.Location is not Point { IsEmpty: false } point)
        {
            throw new GeoJsonError(GeoJsonErrorCodes.InvalidGeometry, "type", $"a report's location must be a Point (where you stand or see the problem), not a {input.Location.GeometryType}.");
        }

        // Stored in 2D columns: a height would be refused by PostGIS and means nothing here.
        return new Point(point.X, point.Y) { SRID = point.SRID };
    }

    private static DataLayerError Limit(string message, int limit, int value)
    {
        var error = new DataLayerError("INVALID_VALUE", message);
        error.AddExtension("limit", limit);
        error.AddExtension("value", value);
        return error;
    }
}
