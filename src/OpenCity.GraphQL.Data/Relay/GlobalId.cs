using System.Buffers.Text;
using System.Text;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Relay;

/// <summary>
/// Opaque, globally unique object ids for the Relay <c>Node</c> interface: the type name and the
/// object's public key (its code, never a row number), base64url-encoded, so that clients treat them
/// as tokens and never build them, and so that ids say nothing of how many rows exist or are hidden.
/// </summary>
public readonly record struct GlobalId(string TypeName, string Key)
{
    public override string ToString() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{TypeName}:{Key}"));

    public static GlobalId Parse(string id)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < text.Length - 1 && !text.Contains('\0', StringComparison.Ordinal)
                && Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text)) == id)
            {
                return new GlobalId(text[..colon], text[(colon + 1)..]);
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
