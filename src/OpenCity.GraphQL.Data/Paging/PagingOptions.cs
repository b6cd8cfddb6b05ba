using System.Security.Cryptography;
using System.Text;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>Page sizes and cursor signing for every connection; bound from <c>OpenCity:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string SectionName = "OpenCity:Paging";

    /// <summary>
    /// Signs cursors when <see cref="CursorSecret"/> is not set: made once when the process starts
    /// and never changed, so every host in the process (and every test server) accepts its cursors.
    /// </summary>
    private static readonly byte[] ProcessSecret = RandomNumberGenerator.GetBytes(32);

    private CursorKeys? _cursorKeys;

    /// <summary>Page size when the client gives neither <c>first</c> nor <c>last</c>.</summary>
    public int DefaultPageSize { get; set; } = 50;

    /// <summary>The largest <c>first</c> or <c>last</c> a client may ask for.</summary>
    public int MaxPageSize { get; set; } = 500;

    /// <summary>
    /// The key cursors are sealed with (AES-GCM, keys derived with HMAC-SHA256), at least 32 characters. When empty, a random
    /// key is made when the process starts: cursors then stop working when it restarts and are
    /// refused by other instances behind the same load balancer, so production should set it.
    /// </summary>
    public string CursorSecret { get; set; } = string.Empty;

    /// <summary>The keys cursors are sealed with, derived from the secret once.</summary>
    internal CursorKeys CursorKeys => _cursorKeys ??= new CursorKeys(CursorSecret.Length == 0 ? ProcessSecret : Encoding.UTF8.GetBytes(CursorSecret));
}
