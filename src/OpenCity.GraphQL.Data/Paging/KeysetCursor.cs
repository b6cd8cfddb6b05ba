using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Opaque, signed keyset cursors: <c>k2.</c> + base64url(JSON) + <c>.</c> + base64url(HMAC-SHA256),
/// where the JSON is <c>{"o":fingerprint of the order,"k":[sort key values],"i":row id}</c> and the
/// MAC covers everything before the second dot. The next page is then a range seek rather than an
/// offset, so page 10,000 costs what page 1 costs; the MAC keeps clients from seeking to positions
/// the server never showed them, and the fingerprint from reusing a cursor under another order.
/// </summary>
internal static class KeysetCursor
{
    private const string Prefix = "k2.";

    /// <summary>Type-stable value encodings: ISO 8601 dates keeping the DateTime kind, round-trip doubles, enum names.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static string Encode(KeysetPosition position, KeysetSignature signature, byte[] secret)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("o", signature.Fingerprint);
            writer.WriteStartArray("k");
            for (var index = 0; index < signature.ValueTypes.Count; index++)
            {
                if (position.Values[index] is { } value)
                {
                    JsonSerializer.Serialize(writer, value, signature.ValueTypes[index], Json);
                }
                else
                {
                    writer.WriteNullValue();
                }
            }

            writer.WriteEndArray();
            writer.WriteNumber("i", position.Id);
            writer.WriteEndObject();
        }

        var signed = Prefix + Base64Url.EncodeToString(buffer.WrittenSpan);
        return signed + "." + Base64Url.EncodeToString(Mac(signed, secret));
    }

    /// <summary>Reads a cursor this server issued for this order; anything else is a client error.</summary>
    public static KeysetPosition Decode(string cursor, KeysetSignature signature, byte[] secret)
    {
        var payload = Verify(cursor, secret);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.GetProperty("o").GetString() != signature.Fingerprint)
            {
                throw new DataLayerError(
                    DataErrorCodes.InvalidCursor,
                    "The cursor belongs to a list in a different `order`. Page with the same `order` as the page the cursor came from, or start again without `after`/`before`.");
            }

            var keys = root.GetProperty("k");
            if (keys.GetArrayLength() != signature.ValueTypes.Count)
            {
                throw Invalid();
            }

            var values = new object?[signature.ValueTypes.Count];
            var index = 0;
            foreach (var key in keys.EnumerateArray())
            {
                values[index] = key.ValueKind == JsonValueKind.Null ? null : key.Deserialize(signature.ValueTypes[index], Json);
                index++;
            }

            return new KeysetPosition(values, root.GetProperty("i").GetInt64());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or NotSupportedException)
        {
            throw Invalid();
        }
    }

    /// <summary>Checks the form and the signature, and returns the signed JSON.</summary>
    private static byte[] Verify(string cursor, byte[] secret)
    {
        var separator = cursor.LastIndexOf('.');
        if (cursor.StartsWith(Prefix, StringComparison.Ordinal) && separator > Prefix.Length)
        {
            var signed = cursor[..separator];
            var mac = cursor[(separator + 1)..];
            var body = signed[Prefix.Length..];
            if (Base64Url.IsValid(body, out _) && Base64Url.IsValid(mac, out _)
                && CryptographicOperations.FixedTimeEquals(Base64Url.DecodeFromChars(mac), Mac(signed, secret)))
            {
                var payload = Base64Url.DecodeFromChars(body);

                // Base64 ignores the spare bits of its last character: insist on the one spelling we issue.
                if (Base64Url.EncodeToString(payload) == body && Base64Url.EncodeToString(Base64Url.DecodeFromChars(mac)) == mac)
                {
                    return payload;
                }
            }
        }

        throw Invalid();
    }

    private static byte[] Mac(string signed, byte[] secret) => HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes(signed));

    private static DataLayerError Invalid() => new(
        DataErrorCodes.InvalidCursor,
        "The cursor is not one this server issued, or it was changed. Use a `cursor`, `pageInfo.startCursor` or `pageInfo.endCursor` value "
        + "from an earlier page, unchanged; cursors from before a server restart may no longer be valid, so start again from the first page.");
}
