using CertInspect.Evidence;
using CertInspect.Fleet;

namespace CertInspect.Tests.Certificates;

/// <summary>Devices made from certificate fixtures the way an audit makes them: through the fleet builder.</summary>
internal static class CertificateDevices
{
    public static readonly string[] CaFixtures =
        ["ca/root-2048.pem", "ca/manufacturing-sha1.pem", "ca/root-m2.pem", "ca/manufacturing-sha2.pem", "ca/ecc-root.pem", "ca/ecc-sudi.pem"];

    /// <summary>The single device the fixture's certificates make, with the test CAs as --trust (or without).</summary>
    public static DeviceRecord One(string fixture, bool withCas = true) => Assert.Single(All([fixture], withCas));

    public static List<DeviceRecord> All(IEnumerable<string> fixtures, bool withCas = true, IEnumerable<InventoryObservation>? inventory = null)
    {
        using var builder = new FleetBuilder(BuiltInRules.Set.Facts);
        foreach (InventoryObservation row in inventory ?? [])
        {
            builder.Add(row);
        }

        foreach (string fixture in fixtures)
        {
            CertificateFixtures.Read(fixture).Certificates.ToList().ForEach(builder.AddCertificate);
        }

        foreach (string ca in withCas ? CaFixtures : [])
        {
            builder.AddTrusted(CertificateFixtures.One(ca));
        }

        using DeviceFleet fleet = builder.Build();
        return fleet.Devices().ToList();
    }
}
