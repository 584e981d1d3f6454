namespace CertInspect.Inputs;

/// <summary>
/// One input to read: its name as reports show it, and how to open it. Kind is null for files, whose content decides
/// their kind; the serial command gives its arguments as a serial list whatever they look like. Length is a file's
/// size when listed (null for standard input): small files may be read ahead on another core.
/// </summary>
public sealed record InputSource(string Name, Func<Stream> Open, ContentKind? Kind = null, long? Length = null);
