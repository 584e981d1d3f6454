namespace CertInspect.Cli;

/// <summary>
/// The reader of standard output went away (EPIPE: "certinspect … | head" after head's lines). Not a failure: the
/// run stops writing and ends quietly with exit 0, as ripgrep and other well-behaved filters do.
/// </summary>
public sealed class StandardOutputClosedException : IOException
{
    public StandardOutputClosedException()
    {
    }

    public StandardOutputClosedException(string message)
        : base(message)
    {
    }

    public StandardOutputClosedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
