using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenCity.GraphQL.Data.Errors;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// Opaque keyset cursors: <c>k3.</c> + base64url(nonce ‖ AES-GCM ciphertext ‖ tag) of the JSON
/// <c>{"l":list,"o":fingerprint of the order,"k":[sort key values],"i":row id}</c>. The next page is
/// then a range seek rather than an offset, so page 10,000 costs what page 1 costs. Encryption keeps
/// row ids (and so how many rows exist or are hidden) from clients; its tag keeps them from seeking
/// to positions the server never showed; the list and the fingerprint keep a cursor from being used
/// with another list or another order.
/// </summary>
internal static class KeysetCursor
{
    private const string Prefix = "k3.";
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    /// <summary>Type-stable value encodings: ISO 8601 dates keeping the DateTime kind, round-trip doubles, enum names.</summary>
    private static readonly JsonSerializerOptions Json = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
    };

    public static string Encode(KeysetPosition position, KeysetSignature signature, CursorKeys keys)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("l", signature.List);
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

        var plaintext = buffer.WrittenSpan;
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        HMACSHA256.HashData(keys.Nonce, plaintext)[..NonceBytes].CopyTo(nonce);
        using var aes = new AesGcm(keys.Encryption, TagBytes);
        aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length));
        return Prefix + Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>Reads a cursor this server issued for this list and order; anything else is a client error.</summary>
    public static KeysetPosition Decode(string cursor, KeysetSignature signature, CursorKeys keys)
    {
        var payload = Open(cursor, keys);
        try
        {
            using var document = JsonDocument.Parse(payload);
            var root = document.RootElement;
            if (root.GetProperty("l").GetString() is { } list && list != signature.List)
            {
                throw new DataLayerError(
                    DataErrorCodes.InvalidCursor,
                    $"The cursor belongs to another list ({list}), not to {signature.List}. Page each list with its own cursors, or start again without `after`/`before`.");
            }

            if (root.GetProperty("o").GetString() != signature.Fingerprint)
            {
                throw new DataLayerError(
                    DataErrorCodes.InvalidCursor,
                    "The cursor belongs to a list in a different `order`. Page with the same `order` as the page the cursor came from, or start again without `after`/`before`.");
            }

            var values = root.GetProperty("k");
            if (values.GetArrayLength() != signature.ValueTypes.Count)
            {
                throw Invalid();
            }

            var read = new object?[signature.ValueTypes.Count];
            var index = 0;
            foreach (var value in values.EnumerateArray())
            {
                read[index] = value.ValueKind == JsonValueKind.Null ? null : value.Deserialize(signature.ValueTypes[index], Json);
                index++;
            }

            return new KeysetPosition(read, root.GetProperty("i").GetInt64());
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or KeyNotFoundException or NotSupportedException)
        {
            throw Invalid();
        }
    }

    /// <summary>Checks the form and the tag, and returns the JSON the cursor holds.</summary>
    private static byte[] Open(string cursor, CursorKeys keys)
    {
        var body = cursor.StartsWith(Prefix, StringComparison.Ordinal) ? cursor[Prefix.Length..] : null;
        if (body is not null && Base64Url.IsValid(body, out var length) && length >= NonceBytes + TagBytes)
        {
            var sealedBytes = Base64Url.DecodeFromChars(body);

            // Base64 ignores the spare bits of its last character: insist on the one spelling we issue.
            if (Base64Url.EncodeToString(sealedBytes) == body)
            {
                var plaintext = new byte[sealedBytes.Length - NonceBytes - TagBytes];
                try
                {
                    using var aes = new AesGcm(keys.Encryption, TagBytes);
                    aes.Decrypt(
                        sealedBytes.AsSpan(0, NonceBytes),
                        sealedBytes.AsSpan(NonceBytes, plaintext.Length),
                        sealedBytes.AsSpan(NonceBytes + plaintext.Length),
                        plaintext);
                    return plaintext;
                }
                catch (AuthenticationTagMismatchException)
                {
                    // Changed, or made with another secret: reported below like any cursor we did not issue.
                }
            }
        }

        throw Invalid();
    }

    private static DataLayerError Invalid() => new(
        DataErrorCodes.InvalidCursor,
        "The cursor is not one this server issued, or it was changed. Use a `cursor`, `pageInfo.startCursor` or `pageInfo.endCursor` value "
        + "from an earlier page, unchanged; cursors from before a server restart may no longer be valid, so start again from the first page.");
}
