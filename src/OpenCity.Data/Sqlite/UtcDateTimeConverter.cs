using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenCity.Data.Sqlite;

/// <summary>SQLite keeps date-times as text without a zone; the twin's times are UTC, so they are read back as UTC.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value,
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
