using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using OpenCity.GraphQL.Transport.Errors;

namespace OpenCity.GraphQL.Transport.Http;

// Reading a GraphQL-over-HTTP request from the URL (GET) or the body (POST). Failures throw the
// matching GraphQLHttpError, which InvokeAsync turns into the response.
public partial class GraphQLHttpMiddleware
{
    private const string RequestShape =
        "a JSON object with a string 'query' and optional 'operationName' (string), 'variables' (object) and 'extensions' (object)";

    protected virtual GraphQLRequest ReadQueryString(IQueryCollection query)
    {
        var operationName = Single(query, "operationName");
        return new GraphQLRequest
        {
            Query = Single(query, "query"),
            OperationName = string.IsNullOrEmpty(operationName) ? null : operationName,
            Variables = ReadJsonParameter(query, "variables"),
            Extensions = ReadJsonParameter(query, "extensions"),
        };
    }

    protected virtual async Task<GraphQLRequest> ReadPostBodyAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var request = context.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals(GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase)
            || contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            throw new UnsupportedMediaTypeError(request.ContentType);
        }

        var body = await ReadBodyAsync(request, Options.MaxRequestBytes, cancellationToken);
        var root = ScanJson(body, "The request body", Limits.MaxNesting);
        if (root == JsonTokenType.StartArray)
        {
            throw new BatchingNotSupportedError();
        }

        if (root != JsonTokenType.StartObject)
        {
            throw new InvalidRequestError($"The request body must be {RequestShape}.");
        }

        try
        {
            using var stream = new MemoryStream(body, writable: false);
            return await Serializer.ReadAsync<GraphQLRequest>(stream, cancellationToken)
                ?? throw new InvalidRequestError($"The request body must be {RequestShape}.");
        }
        catch (Exception exception) when (exception is not GraphQLHttpError and not OperationCanceledException)
        {
            // The JSON is well-formed (scanned above), so this is the wrong shape, e.g. "query": 1,
            // "variables": [7], or a number no .NET type holds (1e400, which the reader rejects with
            // NotImplementedException): the client's mistake, whatever the reader throws.
            throw new InvalidRequestError($"The request body must be {RequestShape}, with numbers that fit a double.");
        }
    }

    /// <summary>
    /// Checks that <paramref name="json"/> is well-formed JSON without building anything, so that
    /// syntax errors (INVALID_JSON) are told apart from valid JSON of the wrong shape (INVALID_REQUEST).
    /// JSON nested deeper than <paramref name="maxDepth"/> (the document's nesting limit, applied to
    /// variables too) is refused the same way. Returns the type of the root token.
    /// </summary>
    protected static JsonTokenType ScanJson(ReadOnlySpan<byte> json, string where, int maxDepth)
    {
        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new InvalidJsonError(where, "it is empty.");
        }

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth });
        try
        {
            reader.Read();
            var root = reader.TokenType;
            while (reader.Read())
            {
            }

            return root;
        }
        catch (JsonException exception)
        {
            throw new InvalidJsonError(where, JsonErrorDetail(exception));
        }
    }

    /// <summary>Reads the whole body, refusing (413) as soon as it passes the limit.</summary>
    protected static async Task<byte[]> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw new RequestTooLargeError(maxBytes);
        }

        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)Math.Min(length, 1 << 20) : 4096);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw new RequestTooLargeError(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private Inputs? ReadJsonParameter(IQueryCollection query, string name)
    {
        var json = Single(query, name);
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        var root = ScanJson(System.Text.Encoding.UTF8.GetBytes(json), $"The '{name}' URL parameter", Limits.MaxNesting);
        if (root == JsonTokenType.Null)
        {
            return null;
        }

        if (root != JsonTokenType.StartObject)
        {
            throw new InvalidRequestError($"The '{name}' URL parameter must be a JSON object.");
        }

        try
        {
            return Serializer.Deserialize<Inputs>(json);
        }
        catch (Exception exception) when (exception is not GraphQLHttpError)
        {
            // As for POST bodies: well-formed JSON the reader cannot take is the client's mistake.
            throw new InvalidRequestError($"The '{name}' URL parameter must be a JSON object whose numbers fit a double.");
        }
    }

    private static string? Single(IQueryCollection query, string name)
    {
        var values = query[name];
        return values.Count switch
        {
            0 => null,
            1 => values[0],
            _ => throw new InvalidRequestError($"The '{name}' URL parameter is given {values.Count} times; give it once."),
        };
    }

    // System.Text.Json says what is wrong and where, in zero-based numbers after "LineNumber:".
    private static string JsonErrorDetail(JsonException exception)
    {
        var message = exception.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var what = cut >= 0 ? message[..cut] : message;
        return exception.LineNumber is { } line && exception.BytePositionInLine is { } position
            ? $"{what} (line {line + 1}, byte {position + 1})"
            : what;
    }
}
