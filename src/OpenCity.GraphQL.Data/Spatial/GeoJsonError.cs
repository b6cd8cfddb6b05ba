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

    /// <summary>A geometry over the vertex cap: <c>extensions</c> carry the <c>limit</c> and the <c>value</c> given.</summary>
    public static GeoJsonError TooComplex(int limit, long vertices)
    {
        var error = new GeoJsonError(
            GeoJsonErrorCodes.TooComplex,
            "",
            $"a geometry may have at most {limit} positions (counting every ring, part and member); {vertices} were given. Simplify it first.");
        error.AddExtension("limit", limit);
        error.AddExtension("value", vertices);
        return error;
    }
}
