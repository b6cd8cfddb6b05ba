using System.Buffers.Text;
using System.Globalization;
using System.Text;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Opaque keyset cursors: the key of the row a page ends at, so that the next page is a
/// range seek on an index, and page 10,000 costs what page 1 costs (offset cursors do not).
/// </summary>
public static class KeysetCursor
{
    private const string Prefix = "k1:";

    public static string Encode(long key) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + key.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var key))
            {
                return key;
            }
        }
        catch (FormatException)
        {
            // Reported below as the same client error as any other unreadable cursor.
        }

        throw new DataLayerError(
            DataErrorCodes.InvalidCursor,
            "The cursor is not one this server issued. Use a `cursor` or `pageInfo.endCursor` value from an earlier page, unchanged.");
    }
}
