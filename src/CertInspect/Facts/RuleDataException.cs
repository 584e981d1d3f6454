namespace CertInspect.Facts;

/// <summary>The rules data is unusable: it names the file and what is wrong, for the user to fix.</summary>
public sealed class RuleDataException : Exception
{
    public RuleDataException(string message)
        : base(message)
    {
    }

    public RuleDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public RuleDataException()
    {
    }
}
