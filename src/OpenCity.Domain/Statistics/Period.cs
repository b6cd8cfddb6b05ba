using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OpenCity.Domain.Statistics;

/// <summary>A statistical period: a year (<c>2025</c>), a quarter (<c>2025-Q3</c>) or a month (<c>2025-09</c>).</summary>
public sealed record Period(string Code, int Year, int FirstMonth, int LastMonth)
{
    public static Period Parse(string code) =>
        TryParse(code, out var period) ? period : throw new InvalidDataException($"Invalid period '{code}': use 2025, 2025-Q3 or 2025-09.");

    /// <summary>Reads a period code; false when it is none of the three forms.</summary>
    public static bool TryParse(string code, [NotNullWhen(true)] out Period? period)
    {
        ArgumentNullException.ThrowIfNull(code);
        period = null;
        if (code.Length == 4 && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            period = new Period(code, year, 1, 12);
            return true;
        }

        if (code.Length == 7 && code[4] == '-' && int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            if (code[5] == 'Q' && code[6] is >= '1' and <= '4')
            {
                var quarter = code[6] - '0';
                period = new Period(code, year, quarter * 3 - 2, quarter * 3);
                return true;
            }

            if (int.TryParse(code.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
            {
                period = new Period(code, year, month, month);
                return true;
            }
        }

        return false;
    }
}
