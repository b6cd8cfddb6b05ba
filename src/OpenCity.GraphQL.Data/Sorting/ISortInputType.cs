namespace OpenCity.GraphQL.Data.Sorting;

/// <summary>Marks the element types of <c>order</c> arguments, whose length the input limits check.</summary>
internal interface ISortInputType;
