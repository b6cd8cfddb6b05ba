namespace OpenCity.GraphQL.Data.Filtering;

/// <summary>Marks the root input types of <c>where</c> arguments, whose size <see cref="Limits.InputLimitsValidationRule"/> checks.</summary>
internal interface IFilterInputType;
