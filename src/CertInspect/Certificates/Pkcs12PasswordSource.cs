namespace CertInspect.Certificates;

/// <summary>
/// Asked for the password of a PKCS #12 file that needs one. <paramref name="rejected"/> is the answer that just failed
/// the file's integrity check (null on the first ask), so a prompt can say so and ask again; a source with nothing new
/// to give (a variable) returns the same answer, or null, and the reader stops asking.
/// </summary>
public delegate string? Pkcs12PasswordSource(string? rejected);
