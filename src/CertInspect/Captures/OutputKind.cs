namespace CertInspect.Captures;

/// <summary>The kinds of command output CertInspect reads, and the two it deliberately does not.</summary>
public enum OutputKind
{
    /// <summary>show crypto pki certificates [verbose], show crypto pki trustpool.</summary>
    PkiCertificates,

    /// <summary>show crypto pki trustpoints [| include SHA2].</summary>
    PkiTrustpoints,

    /// <summary>test pb display (the AP's SHA2 parameter block).</summary>
    ParameterBlock,

    /// <summary>AireOS show certificate all.</summary>
    ControllerCertificates,

    /// <summary>AireOS show ap config general AP, Catalyst 9800 show ap name AP config general / show ap config general.</summary>
    ApConfigGeneral,

    /// <summary>AireOS show ap inventory all / AP.</summary>
    ApInventory,

    /// <summary>IOS and AireOS show inventory.</summary>
    Inventory,

    /// <summary>show ap summary (AireOS and 9800).</summary>
    ApSummary,

    /// <summary>show version, AireOS show sysinfo.</summary>
    Version,

    /// <summary>show logging, AireOS show msglog: every line is a log line.</summary>
    Log,

    /// <summary>A command known to print nothing worth reading (debug, terminal length, config): its output is skipped.</summary>
    Silent,

    /// <summary>A command CertInspect does not read: its output is skipped.</summary>
    Unsupported,
}
