namespace CertInspect.Reporting.Formatted;

/// <summary>
/// A writer of one model in one of the formats it knows (inspect, parse, rules, the receipt): the format is chosen when
/// the writer is made, and a format the writer does not know is refused then, not halfway through the output.
/// </summary>
public abstract class FormattedWriter<TModel> : IReportWriter<TModel>
{
    private readonly Action<TModel, TextWriter> _write;

    protected FormattedWriter(ModelFormat format, IReadOnlyDictionary<ModelFormat, Action<TModel, TextWriter>> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        _write = formats.TryGetValue(format, out Action<TModel, TextWriter>? write)
            ? write
            : throw new ArgumentOutOfRangeException(nameof(format), format, $"{GetType().Name} writes {string.Join(", ", formats.Keys)}.");
    }

    public void Write(TModel model, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(output);
        _write(model, output);
    }
}
