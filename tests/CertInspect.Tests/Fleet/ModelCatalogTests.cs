using CertInspect.Fleet;

namespace CertInspect.Tests.Fleet;

public sealed class ModelCatalogTests
{
    private readonly ModelCatalog _catalog = new(BuiltInRules.Set.Facts.ModelFamilies);

    [Theory]
    [InlineData("AIR-CAP2602I-E-K9", "2600")]
    [InlineData("air-cap2602i-e-k9", "2600")]
    [InlineData("CAP2602I", "2600")]
    [InlineData("AIR-SAP2602I-E-K9", "2600")]
    [InlineData("AIR-CAP702I-E-K9", "700")]
    [InlineData("AIR-CAP702W-E-K9", "700")]
    [InlineData("AIR-LAP1142N-E-K9", "1140")]
    [InlineData("AIR-CAP1532I-E-K9", "1530")]
    [InlineData("AIR-CAP1552E-A-K9", "1550")]
    [InlineData("AIR-AP1572EAC-A-K9", "1570")]
    [InlineData("AIR-CAP1702I-E-K9", "1700")]
    [InlineData("AIR-CAP3702I-E-K9", "3700")]
    [InlineData("IW3702-2E-E-K9", "iw3700")]
    [InlineData("AIR-AP1832I-E-K9", "1800")]
    [InlineData("AIR-AP1815I-E-K9", "1800")]
    [InlineData("AIR-AP2802E-E-K9", "2800")]
    [InlineData("AIR-AP3802I-E-K9", "3800")]
    [InlineData("C9120AXI-E", "9100")]
    [InlineData("AIR-CT5508-K9", "aireos-controller")]
    [InlineData("AIR-CTVM-K9", "aireos-controller")]
    [InlineData("C9800-40-K9", "9800")]
    [InlineData("WS-C3850-24P", "catalyst-switch")]
    [InlineData("WS-C2960S-48FPS-L", "catalyst-switch")]
    [InlineData("C9300-48P", "catalyst-switch")]
    [InlineData("N9K-C93180YC-EX", "catalyst-switch")]
    [InlineData("ISR4321/K9", "router")]
    [InlineData("C1111-8P", "router")]
    [InlineData("C891F-K9", "router")]
    [InlineData("CBR-8-CCAP-CHASS", "other-cisco")]
    public void Identify_KnownPids(string pid, string family) => Assert.Equal(family, _catalog.Identify(pid)?.Id);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Cisco Aironet AP (refurb)")]
    [InlineData("AIR-LAP1131AG-E-K9")]
    [InlineData("C1130")]
    [InlineData("C1240")]
    public void Identify_UnknownModels_IsNull(string? model) => Assert.Null(_catalog.Identify(model));
}
