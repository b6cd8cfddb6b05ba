using GraphQLParser;

namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>
/// The document's text as the parser is given it: the same characters and length, with two
/// changes that mean nothing in GraphQL and keep the parser's error reporting cheap and safe. A
/// bare carriage return becomes a line feed (both end a line; the parser's error highlighting
/// fails on a lone <c>\r</c>); and a line longer than <see cref="MaxLineLength"/> is broken at
/// whitespace or commas outside strings and comments (ignored tokens either way), because the parser
/// highlights a syntax error's whole line at a cost that grows much faster than the line.
/// </summary>
internal static class DocumentText
{
    public const int MaxLineLength = 1000;

    /// <summary>The text to parse, or <paramref name="text"/> itself when nothing needed changing.</summary>
    public static string ForParser(string text)
    {
        // Everywhere, strings included: a raw line end is invalid in a string either way, and a
        // block string's lines are joined with \n whichever ended them.
        char[]? changed = null;
        for (var at = text.IndexOf('\r', StringComparison.Ordinal); at >= 0; at = text.IndexOf('\r', at + 1))
        {
            if (at + 1 >= text.Length || text[at + 1] != '\n')
            {
                (changed ??= text.ToCharArray())[at] = '\n';
            }
        }

        var lineLength = 0;
        var index = 0;
        while (index < text.Length)
        {
            var c = text[index];
            if (c == '"')
            {
                // A block string or a string: skipped whole; line lengths inside them do not matter.
                var end = text.AsSpan(index).StartsWith("\"\"\"") ? BlockStringEnd(text, index + 3) : StringEnd(text, index + 1);
                lineLength += end - index;
                index = end;
                continue;
            }

            if (c == '#')
            {
                while (index < text.Length && text[index] is not ('\n' or '\r'))
                {
                    index++;
                    lineLength++;
                }

                continue;
            }

            if (c is '\n' or '\r')
            {
                lineLength = 0;
            }
            else if (lineLength >= MaxLineLength && c is ' ' or '\t' or ',')
            {
                (changed ??= text.ToCharArray())[index] = '\n';
                lineLength = 0;
            }
            else
            {
                lineLength++;
            }

            index++;
        }

        return changed is null ? text : new string(changed);
    }

    // After the closing quote of a string starting at start (just past its opening quote), or at the line's end if unterminated.
    private static int StringEnd(string text, int start)
    {
        for (var index = start; index < text.Length; index++)
        {
            switch (text[index])
            {
                case '\\':
                    index++;
                    break;
                case '"':
                    return index + 1;
                case '\n' or '\r':
                    return index;
            }
        }

        return text.Length;
    }

    // After the closing """ of a block string starting at start, where \""" is an escaped delimiter.
    private static int BlockStringEnd(string text, int start)
    {
        for (var index = start; index < text.Length; index++)
        {
            if (text[index] == '\\' && text.AsSpan(index + 1).StartsWith("\"\"\""))
            {
                index += 3;
            }
            else if (text.AsSpan(index).StartsWith("\"\"\""))
            {
                return index + 3;
            }
        }

        return text.Length;
    }

    /// <summary>
    /// Where a position of the text given to the parser (line and column from 1) is in the client's
    /// text: the same character (the two have the same length), counted in the client's lines.
    /// </summary>
    public static Location InOriginal(string original, string parsed, Location location)
    {
        var offset = 0;
        for (var line = 1; line < location.Line && offset < parsed.Length; offset++)
        {
            line += parsed[offset] == '\n' ? 1 : 0; // only \n and \r\n end lines in the parsed text
        }

        return Location.FromLinearPosition(original, Math.Min(original.Length, offset + location.Column - 1));
    }
}
