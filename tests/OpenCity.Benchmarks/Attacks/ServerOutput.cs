using System.Text;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// The lines one stream of the server wrote since the last <see cref="Mark"/>, kept as a head and
/// a tail: a stack overflow prints thousands of frames, and what matters is where it starts (the
/// repeated frames) and ends.
/// </summary>
public sealed class ServerOutput
{
    private const int Kept = 12;

    private readonly Lock _lock = new();
    private readonly List<string> _head = [];
    private readonly Queue<string> _tail = new();
    private int _count;

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _count++;
            if (_head.Count < Kept)
            {
                _head.Add(line);
                return;
            }

            _tail.Enqueue(line);
            if (_tail.Count > Kept)
            {
                _tail.Dequeue();
            }
        }
    }

    /// <summary>Starts a new window, e.g. when a request is sent.</summary>
    public void Mark()
    {
        lock (_lock)
        {
            _head.Clear();
            _tail.Clear();
            _count = 0;
        }
    }

    /// <summary>The window's head, the number of lines left out, and its tail.</summary>
    public string Excerpt()
    {
        lock (_lock)
        {
            var text = new StringBuilder();
            _head.ForEach(line => text.AppendLine(line));
            var skipped = _count - _head.Count - _tail.Count;
            if (skipped > 0)
            {
                text.AppendLine(FormattableString.Invariant($"… {skipped} lines left out …"));
            }

            foreach (var line in _tail)
            {
                text.AppendLine(line);
            }

            return text.ToString();
        }
    }
}
