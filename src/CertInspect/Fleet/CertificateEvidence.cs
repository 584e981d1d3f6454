using CertInspect.Certificates;
using CertInspect.Evidence;
using CertInspect.Facts;

namespace CertInspect.Fleet;

/// <summary>
/// The certificates of one run, held in memory (thousands, not millions): every one goes into the chain pool, with
/// those of --trust; device certificates are classified, chained, and joined to inventory devices by serial (a
/// SUDI's SN) or MAC (the CN's); the rest make devices of their own, grouped by the identity they carry.
/// </summary>
internal sealed class CertificateEvidence
{
    private readonly List<DeviceCertificate> _deviceCertificates = [];

    public CertificateEvidence(
        IReadOnlyList<LocatedCertificate> certificates,
        IReadOnlyList<LocatedCertificate> trusted,
        IReadOnlyList<CapturedDevice> captured,
        CiscoFacts facts,
        bool builtInTrust)
    {
        var catalogue = new CatalogueChain(facts.CiscoCas);

        // A certificate a capture printed as PEM (a SUDI chain) is decoded like a file's: it joins the pool, and its
        // chain is verified signature by signature, whatever prompt or banner the paste kept around it.
        var decodedInCaptures = captured.SelectMany(d => d.Certificates).Where(c => !c.Certificate.IsTextual).ToList();
        ChainBuilder chains = TrustPool.Create(certificates.Concat(decodedInCaptures), trusted, builtInTrust ? BuiltInTrust.Load(facts.CiscoCas) : [], catalogue);

        // Verifying signatures is the costly part: chains are built on every core, then kept in input order.
        var classifier = new CertificateClassifier(facts.CiscoCas, facts.CertificatePurposes);
        var built = new DeviceCertificate?[certificates.Count];
        Parallel.For(0, certificates.Count, i =>
        {
            LocatedCertificate certificate = certificates[i];
            CertificateRole role = classifier.Classify(certificate.Certificate);
            if (role == CertificateRole.CertificateAuthority)
            {
                return;
            }

            CertificateChain chain = chains.Build(certificate);
            built[i] = new DeviceCertificate(certificate, role, CertificateClassifier.Identify(certificate.Certificate), chain, Impostors(chain, classifier));
        });
        _deviceCertificates.AddRange(built.OfType<DeviceCertificate>());

        // Certificates described in captures belong to the device whose output described them, whatever they name.
        var textChains = new TextChainBuilder(catalogue);
        foreach (LocatedCertificate ca in captured.SelectMany(d => d.Certificates).Where(c => classifier.Classify(c.Certificate) == CertificateRole.CertificateAuthority))
        {
            textChains.Add(ca);
        }

        foreach (CapturedDevice device in captured)
        {
            var own = new List<DeviceCertificate>();
            var cas = new List<DeviceCertificate>();
            foreach (LocatedCertificate certificate in device.Certificates)
            {
                CertificateRole role = classifier.Classify(certificate.Certificate);
                if (role == CertificateRole.CertificateAuthority)
                {
                    // A CA the device's output shows it holding (a trustpoint's): judged as the device's, not an identity.
                    cas.Add(certificate.Certificate.IsTextual
                        ? new DeviceCertificate(certificate, role, CertificateClassifier.Identify(certificate.Certificate), textChains.Build(certificate), [])
                        : new DeviceCertificate(certificate, role, CertificateClassifier.Identify(certificate.Certificate), chains.Build(certificate), []));
                    continue;
                }

                if (certificate.Certificate.IsTextual)
                {
                    own.Add(new DeviceCertificate(certificate, role, CertificateClassifier.Identify(certificate.Certificate), textChains.Build(certificate), []));
                }
                else
                {
                    CertificateChain chain = chains.Build(certificate);
                    own.Add(new DeviceCertificate(certificate, role, CertificateClassifier.Identify(certificate.Certificate), chain, Impostors(chain, classifier)));
                }
            }

            CapturedCertificates.Add(device, own);
            CapturedCas.Add(device, cas);
        }
    }

    // The CAs in a chain that carry a Cisco CA's name but not its key.
    private static List<string> Impostors(CertificateChain chain, CertificateClassifier classifier) =>
        chain.Links.Skip(1)
            .Where(l => classifier.IsGenuine(l.Certificate.Certificate) == false)
            .Select(l => l.Certificate.Certificate.Subject.CommonName ?? l.Certificate.Certificate.Subject.Rfc4514)
            .ToList();

    /// <summary>The device certificates each captured device's output described, with their chains: verified for those it
    /// printed as PEM, textual for those it described.</summary>
    public Dictionary<CapturedDevice, List<DeviceCertificate>> CapturedCertificates { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>The CA certificates each captured device's output showed it holding (its trustpoints' CAs), with their chains.</summary>
    public Dictionary<CapturedDevice, List<DeviceCertificate>> CapturedCas { get; } = new(ReferenceEqualityComparer.Instance);

    public bool IsEmpty => _deviceCertificates.Count == 0;

    /// <summary>
    /// Joins certificates to inventory devices: by serial over the whole fleet first, then by MAC, so that the order of
    /// the rows never decides which device a certificate joins. Each certificate joins once; a MAC that two rows give
    /// joins neither (the certificate stands as a device of its own, where the report shows it).
    /// </summary>
    /// <param name="devices">Each inventory device's slot, normalised serial and normalised MAC, in slot order.</param>
    public (Dictionary<int, List<DeviceCertificate>> Attached, List<List<DeviceCertificate>> Unattached) Join(
        IEnumerable<(int Slot, string Serial, string? Mac)> devices)
    {
        var order = new Dictionary<DeviceCertificate, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < _deviceCertificates.Count; i++)
        {
            order.Add(_deviceCertificates[i], i);
        }

        var bySerial = Index(c => c.Identity.Serial);
        var byMac = Index(c => c.Identity.Mac);
        var attached = new Dictionary<int, List<DeviceCertificate>>();
        var taken = new HashSet<DeviceCertificate>(ReferenceEqualityComparer.Instance);
        var withMac = new List<(int Slot, string Mac)>();
        var slotsByMac = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach ((int slot, string serial, string? mac) in devices)
        {
            Attach(slot, attached, taken, bySerial.GetValueOrDefault(serial, []));
            if (mac is not null && byMac.ContainsKey(mac))
            {
                withMac.Add((slot, mac));
                slotsByMac[mac] = slotsByMac.GetValueOrDefault(mac) + 1;
            }
        }

        foreach ((int slot, string mac) in withMac.Where(d => slotsByMac[d.Mac] == 1))
        {
            Attach(slot, attached, taken, byMac[mac]);
        }

        foreach (List<DeviceCertificate> mine in attached.Values)
        {
            mine.Sort((a, b) => order[a].CompareTo(order[b]));
        }

        // The rest: one device per identity (serial, else MAC, else the certificate itself), in input order.
        var unattached = _deviceCertificates.Where(c => !taken.Contains(c))
            .GroupBy(c => c.Identity.Serial ?? c.Identity.Mac ?? c.Facts.Sha256Fingerprint, StringComparer.Ordinal)
            .Select(g => g.ToList())
            .ToList();
        return (attached, unattached);
    }

    private static void Attach(int slot, Dictionary<int, List<DeviceCertificate>> attached, HashSet<DeviceCertificate> taken, IEnumerable<DeviceCertificate> matches)
    {
        foreach (DeviceCertificate certificate in matches.Where(taken.Add))
        {
            if (!attached.TryGetValue(slot, out List<DeviceCertificate>? mine))
            {
                attached[slot] = mine = [];
            }

            mine.Add(certificate);
        }
    }

    private Dictionary<string, List<DeviceCertificate>> Index(Func<DeviceCertificate, string?> key) =>
        _deviceCertificates.Where(c => key(c) is not null)
            .GroupBy(c => key(c)!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
}
