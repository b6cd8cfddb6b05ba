using System.Security.Cryptography;
using System.Text;

namespace OpenCity.GraphQL.Data.Paging;

/// <summary>
/// The two keys derived from the cursor secret: one encrypts cursors (AES-GCM), one derives each
/// cursor's nonce from its content, so the same position always gives the same cursor and two
/// different positions never share a nonce (the synthetic-IV construction).
/// </summary>
internal sealed class CursorKeys(byte[] secret)
{
    public byte[] Encryption { get; } = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes("opencity cursor encryption"));

    public byte[] Nonce { get; } = HMACSHA256.HashData(secret, Encoding.ASCII.GetBytes("opencity cursor nonce"));
}
