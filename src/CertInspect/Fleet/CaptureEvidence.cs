using CertInspect.Evidence;

namespace CertInspect.Fleet;

/// <summary>
/// What captures say about a device beyond identity and certificates: the software it runs, the CSCur43050 check,
/// the log lines that match a signature, and the controllers it is tied to.
/// </summary>
public sealed record CaptureEvidence
{
    /// <summary>Where the captures met the device: "file: prompt" or "file: AP name on controller".</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    public CapturedValue? Release { get; init; }

    public Sha2Proof? Sha2Proof { get; init; }

    /// <summary>What its controller's "show ap join stats summary" (AireOS) or "show wireless stats ap join summary"
    /// (9800) says: "Joined" or "Not joined".</summary>
    public CapturedValue? JoinStatus { get; init; }

    /// <summary>The 9800's last failed join of the AP: phase and reason.</summary>
    public CapturedValue? LastJoinFailure { get; init; }

    /// <summary>Log lines the device logged itself that match a signature.</summary>
    public IReadOnlyList<EvidenceLine> LogLines { get; init; } = [];

    /// <summary>Log lines its controller logged about this AP (they name its MAC): the controller's view of it.</summary>
    public IReadOnlyList<EvidenceLine> ReportedLogLines { get; init; } = [];

    /// <summary>For a controller: the lines of its own log that name one of its APs (each is also that AP's
    /// <see cref="ReportedLogLines"/>).</summary>
    public IReadOnlyList<EvidenceLine> LogLinesAboutAps { get; init; } = [];

    public IReadOnlyList<ControllerLink> Controllers { get; init; } = [];
}
