using System.Globalization;

namespace OpenCity.Benchmarks.Attacks;

/// <summary>
/// Reads another process's CPU time and resident memory from <c>/proc</c>, as <c>top</c> does: the
/// server runs as a child process so that its figures can be read while it works. Null once the
/// process is gone.
/// </summary>
public static class ProcessProbe
{
    // utime and stime are counted in USER_HZ ticks, which Linux fixes at 100 a second for /proc.
    private const double MillisecondsPerTick = 10;

    /// <summary>User plus system CPU time of all the process's threads so far, in milliseconds.</summary>
    public static double? CpuMilliseconds(int processId)
    {
        var stat = Read($"/proc/{processId}/stat");
        if (stat is null)
        {
            return null;
        }

        // The command name (field 2) may hold spaces, so count from the ')' closing it: field 3 comes
        // next, which puts utime (field 14) and stime (field 15) at 11 and 12.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * MillisecondsPerTick;
    }

    /// <summary>The resident set (VmRSS), in megabytes.</summary>
    public static double? ResidentMegabytes(int processId)
    {
        var line = Read($"/proc/{processId}/status")?.Split('\n').FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null
            ? null
            : long.Parse(line["VmRSS:".Length..].Replace("kB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture) / 1024.0;
    }

    private static string? Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
