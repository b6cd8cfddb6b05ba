using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Transport.Tests.TestSchema;

/// <summary>A scalar that refuses odd numbers with its own coded error, as a validating input scalar (GeoJSON) does.</summary>
public sealed class EvenNumberGraphType : ScalarGraphType
{
    public const string OddCode = "ODD_NUMBER";

    public EvenNumberGraphType()
    {
        Name = "EvenNumber";
        Description = "An even integer.";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLNullValue => null,
        GraphQLIntValue number => Even(int.Parse(number.Value.Span, System.Globalization.CultureInfo.InvariantCulture)),
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        int number => Even(number),
        _ => ThrowValueConversionError(value),
    };

    // Shape only: the value itself is checked when the argument is parsed, so that the refusal
    // keeps its code instead of becoming a generic ARGUMENTS_OF_CORRECT_TYPE.
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLIntValue or GraphQLNullValue;

    public override object? Serialize(object? value) => value;

    private static int Even(int number) =>
        number % 2 == 0 ? number : throw new ExecutionError($"{number} is odd.") { Code = OddCode };
}
