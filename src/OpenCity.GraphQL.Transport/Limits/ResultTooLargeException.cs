namespace OpenCity.GraphQL.Transport.Limits;

/// <summary>Raised by <see cref="CappedBufferStream"/> when an answer passes the size limit.</summary>
internal sealed class ResultTooLargeException : Exception
{
    public ResultTooLargeException()
        : base("The answer is larger than the configured limit.")
    {
    }

    public ResultTooLargeException(string message)
        : base(message)
    {
    }

    public ResultTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
