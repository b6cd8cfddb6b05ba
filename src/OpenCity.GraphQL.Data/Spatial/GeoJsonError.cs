using GraphQL;

namespace OpenCity.GraphQL.Data.Spatial;

/// <summary>
/// GeoJSON input that was refused: a GraphQL error whose <c>extensions.code</c> says what is wrong
/// (<see cref="GeoJsonErrorCodes"/>) and whose message says where, as a path into the object
/// (<c>coordinates[0][3]</c>).
/// </summary>
public sealed class GeoJsonError : ExecutionError
{
    public GeoJsonError(string code, string path, string message)
        : base(path.Length == 0 ? $"Invalid GeoJSON: {message}" : $"Invalid GeoJSON at {path}: {message}")
    {
        Code = code;
        GeoJsonPath = path;
    }

    /// <summary>Where in the GeoJSON object the problem is; empty for the object itself.</summary>
    public string GeoJsonPath { get; }
}
