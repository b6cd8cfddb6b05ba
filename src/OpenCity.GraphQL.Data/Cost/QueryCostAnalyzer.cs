using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace OpenCity.GraphQL.Data.Cost;

/// <summary>
/// Estimates an operation's <see cref="QueryCost"/> from its text, the schema and the argument values,
/// without running it. A field costs its weight (1 for an object or list, 0 for a scalar, more where
/// declared) each time it is resolved; a list multiplies everything below it by its length (the page
/// asked for, the ids given, or an assumed length). Fragments are worked out once per place they can
/// apply, so a document cannot make the estimate itself expensive. Introspection is priced by the
/// schema it reads (<see cref="IntrospectionSize"/>) and its nesting bounded by a rule of its own
/// (<see cref="MaxIntrospectionNesting"/>).
/// </summary>
internal sealed class QueryCostAnalyzer
{
    /// <summary>How often the list fields of introspection may nest (as graphql-js allows): more only multiplies the same schema.</summary>
    public const int MaxIntrospectionNesting = 3;

    private static readonly HashSet<string> IntrospectionLists = ["fields", "inputFields", "interfaces", "possibleTypes"];

    private readonly ISchema _schema;
    private readonly IntrospectionSize _introspection;
    private readonly Dictionary<string, GraphQLFragmentDefinition> _fragments;
    private readonly IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? _arguments;
    private readonly int _defaultListSize;
    private readonly int _defaultPageSize;
    private readonly int _maxPageSize;
    private readonly Dictionary<(string Fragment, IGraphType Type, int? PageSize), Figures> _spread = [];
    private readonly Dictionary<string, int> _introspectionNesting = [];
    private readonly HashSet<string> _expanding = [];

    private QueryCostAnalyzer(
        ISchema schema,
        IntrospectionSize introspection,
        GraphQLDocument document,
        IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        int defaultListSize,
        int defaultPageSize,
        int maxPageSize)
    {
        _schema = schema;
        _introspection = introspection;
        _fragments = document.Definitions.OfType<GraphQLFragmentDefinition>()
            .DistinctBy(f => f.FragmentName.Name.StringValue)
            .ToDictionary(f => f.FragmentName.Name.StringValue);
        _arguments = arguments;
        _defaultListSize = defaultListSize;
        _defaultPageSize = defaultPageSize;
        _maxPageSize = maxPageSize;
    }

    /// <summary>True when introspection nests its list fields deeper than <see cref="MaxIntrospectionNesting"/>.</summary>
    public bool IntrospectionTooDeep { get; private set; }

    public static (QueryCost Cost, bool IntrospectionTooDeep) Analyze(
        ISchema schema,
        IntrospectionSize introspection,
        GraphQLDocument document,
        GraphQLOperationDefinition operation,
        IDictionary<GraphQLField, IDictionary<string, ArgumentValue>>? arguments,
        int defaultListSize,
        int defaultPageSize,
        int maxPageSize)
    {
        var analyzer = new QueryCostAnalyzer(schema, introspection, document, arguments, defaultListSize, defaultPageSize, maxPageSize);
        IGraphType? root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        var figures = root is null ? default : analyzer.SelectionSet(operation.SelectionSet, root, pageSize: null);
        return (new QueryCost(figures.Cost, figures.Size, figures.Depth), analyzer.IntrospectionTooDeep);
    }

    private Figures SelectionSet(GraphQLSelectionSet? selectionSet, IGraphType parent, int? pageSize)
    {
        var total = default(Figures);
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            total = total.Beside(selection switch
            {
                GraphQLField field => Field(field, parent, pageSize),
                GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet, TypeOf(inline.TypeCondition, parent), pageSize),
                GraphQLFragmentSpread spread => Spread(spread, parent, pageSize),
                _ => default,
            });
        }

        return total;
    }

    private Figures Spread(GraphQLFragmentSpread spread, IGraphType parent, int? pageSize)
    {
        var name = spread.FragmentName.Name.StringValue;
        if (!_fragments.TryGetValue(name, out var fragment) || !_expanding.Add(name))
        {
            return default; // unknown, or a cycle: validation reports both
        }

        var type = TypeOf(fragment.TypeCondition, parent);
        try
        {
            if (!_spread.TryGetValue((name, type, pageSize), out var figures))
            {
                figures = SelectionSet(fragment.SelectionSet, type, pageSize);
                _spread[(name, type, pageSize)] = figures;
            }

            return figures;
        }
        finally
        {
            _expanding.Remove(name);
        }
    }

    private Figures Field(GraphQLField field, IGraphType parent, int? pageSize)
    {
        var name = field.Name.StringValue;
        if (name == "__typename")
        {
            return new Figures(0, 1, 1);
        }

        if (name is "__schema" or "__type")
        {
            if (IntrospectionNesting(field.SelectionSet) > MaxIntrospectionNesting)
            {
                IntrospectionTooDeep = true;
            }

            return name == "__schema"
                ? new Figures(_introspection.SchemaCost, _introspection.SchemaSize, 1)
                : new Figures(_introspection.TypeCost, _introspection.TypeSize, 1);
        }

        if (parent is not IComplexGraphType complexParent || complexParent.GetField(name) is not { ResolvedType: { } type } definition)
        {
            return default; // not a field of the type: validation reports it
        }

        var list = (type is NonNullGraphType nonNull ? nonNull.ResolvedType : type) is ListGraphType;
        var named = type.GetNamedType();
        var composite = named is IComplexGraphType or UnionGraphType;
        var below = composite
            ? SelectionSet(field.SelectionSet, named, CostMetadata.IsPaged(definition) ? PageSize(field) : null)
            : default;
        var weight = CostMetadata.WeightOf(definition) ?? (composite ? 1 : 0);
        double length = list ? ListLength(field, definition, pageSize) : 1;
        return new Figures(weight + (length * below.Cost), length * (1 + below.Size), 1 + below.Depth);
    }

    private int ListLength(GraphQLField field, FieldType definition, int? pageSize)
    {
        if (CostMetadata.SizedByOf(definition) is var (argument, fallback))
        {
            return Argument(field, argument) switch
            {
                int number => Math.Max(0, number),
                System.Collections.ICollection items => items.Count,
                _ => fallback,
            };
        }

        return CostMetadata.ListSizeOf(definition) ?? pageSize ?? _defaultListSize;
    }

    /// <summary>The page a connection asks for: <c>first</c>, else <c>last</c>, else the default, at most the largest page.</summary>
    private int PageSize(GraphQLField field)
    {
        var requested = Argument(field, "first") as int? ?? Argument(field, "last") as int? ?? _defaultPageSize;
        return Math.Clamp(requested, 0, _maxPageSize);
    }

    private object? Argument(GraphQLField field, string name) =>
        _arguments is not null && _arguments.TryGetValue(field, out var values) && values.TryGetValue(name, out var value) ? value.Value : null;

    private IGraphType TypeOf(GraphQLTypeCondition? condition, IGraphType parent) =>
        condition is not null && _schema.AllTypes[condition.Type.Name.StringValue] is { } type and (IComplexGraphType or UnionGraphType) ? type : parent;

    /// <summary>How often introspection's list fields nest below a selection set, through fragments (each worked out once).</summary>
    private int IntrospectionNesting(GraphQLSelectionSet? selectionSet)
    {
        var deepest = 0;
        foreach (var selection in selectionSet?.Selections ?? [])
        {
            var below = selection switch
            {
                GraphQLField field => IntrospectionNesting(field.SelectionSet) + (IntrospectionLists.Contains(field.Name.StringValue) ? 1 : 0),
                GraphQLInlineFragment inline => IntrospectionNesting(inline.SelectionSet),
                GraphQLFragmentSpread spread => IntrospectionNesting(spread.FragmentName.Name.StringValue),
                _ => 0,
            };
            deepest = Math.Max(deepest, below);
        }

        return deepest;
    }

    private int IntrospectionNesting(string fragmentName)
    {
        if (_introspectionNesting.TryGetValue(fragmentName, out var known))
        {
            return known;
        }

        if (!_fragments.TryGetValue(fragmentName, out var fragment) || !_expanding.Add(fragmentName))
        {
            return 0; // unknown, or a cycle: validation reports both
        }

        try
        {
            return _introspectionNesting[fragmentName] = IntrospectionNesting(fragment.SelectionSet);
        }
        finally
        {
            _expanding.Remove(fragmentName);
        }
    }

    /// <summary>The figures of some selections: costs and sizes add up, depths do not.</summary>
    private readonly record struct Figures(double Cost, double Size, int Depth)
    {
        public Figures Beside(Figures other) => new(Cost + other.Cost, Size + other.Size, Math.Max(Depth, other.Depth));
    }
}
