using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>
/// Opaque, globally unique object ids for the Relay <c>Node</c> interface: the type name and the
/// row key, base64url-encoded, so that clients treat them as tokens and never build them.
/// </summary>
public readonly record struct GlobalId(string TypeName, long Key)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(
            string.Create(CultureInfo.InvariantCulture, $"{TypeName}:{Key}")));

    public static GlobalId Parse(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.LastIndexOf(':');
            if (colon > 0 && long.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                return new GlobalId(text[..colon], key);
            }
        }
        catch (FormatException)
        {
            // Reported below like any other id this server did not issue.
        }

        throw NotIssued(id);
    }

    /// <summary>The error for an id that is malformed or names no type of this schema.</summary>
    public static DataLayerError NotIssued(string id) =>
        new(DataErrorCodes.InvalidId, $"\"{id}\" is not an id this server issued. Use the `id` field of an object, unchanged.");
}
