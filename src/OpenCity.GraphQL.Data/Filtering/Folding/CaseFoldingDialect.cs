namespace OpenCity.GraphQL.Data.Filtering.Folding;

/// <summary>The databases with a single-call translation of <see cref="CaseFolding.Fold(string)"/>.</summary>
internal enum CaseFoldingDialect
{
    /// <summary>Another provider: folds with nested <c>replace()</c>.</summary>
    None,

    /// <summary><c>translate(lower(x COLLATE "C"), 'À…Þ', 'à…þ')</c>.</summary>
    PostgreSql,

    /// <summary><c>opencity_fold(x)</c>.</summary>
    Sqlite,
}
