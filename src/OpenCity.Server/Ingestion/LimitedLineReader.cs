using System.Text;

namespace OpenCity.Server.Ingestion;

/// <summary>Reads lines keeping at most a set number of characters of each, so that one endless line cannot fill the memory.</summary>
internal sealed class LimitedLineReader(StreamReader reader, int maxLength)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _length;

    /// <summary>Whether the last line read was longer than the limit (and cut).</summary>
    public bool Truncated { get; private set; }

    /// <summary>The next line without its end (\n or \r\n), or null at the end of the body.</summary>
    public async Task<string?> ReadAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        Truncated = false;
        var any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    return any ? Finish() : null;
                }
            }

            any = true;
            var end = Array.IndexOf(_buffer, '\n', _position, _length - _position);
            var stop = end < 0 ? _length : end;
            Append(_buffer.AsSpan(_position, stop - _position));
            _position = end < 0 ? _length : end + 1;
            if (end >= 0)
            {
                return Finish();
            }
        }
    }

    private void Append(ReadOnlySpan<char> characters)
    {
        var room = maxLength - _line.Length;
        if (characters.Length > room)
        {
            Truncated = true;
            characters = characters[..Math.Max(room, 0)];
        }

        _line.Append(characters);
    }

    private string Finish()
    {
        if (_line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
        }

        return _line.ToString();
    }
}
