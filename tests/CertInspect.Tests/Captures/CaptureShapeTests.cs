using CertInspect.Captures;

namespace CertInspect.Tests.Captures;

public sealed class CaptureShapeTests
{
    private const string Block = "-----BEGIN CERTIFICATE-----\nMIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNV\nBAYTAkFVMRMwEQYDVQQIDApTb21lLVN0YXRlMSEwHwYDVQQKDBhJbnRlcm5ldCBX\n-----END CERTIFICATE-----";

    [Theory]
    [InlineData("WLC9800#show platform sudi certificate\n" + Block, true)]
    [InlineData(Block + "\n" + Block, false)]
    [InlineData("  " + Block + "\nWLC9800#show platform sudi certificate", true)]
    [InlineData("-----BEGIN CERTIFICATE-----\nMIIDXTCCAkWgAwIBAgIJAJC1HiIAZAiIMA0GCSqGSIb3DQEBCwUAMEUxCzAJBgNV\nWLC9800#show version", true)]
    [InlineData("-----BEGIN CERTIFICATE-----\nWLC9800#show version\n-----END CERTIFICATE-----", true)]
    public void HasCommandLine_LooksPastPemBlocks_AndABlockCutShortEndsAtItsFirstLineThatIsNotBase64(string text, bool expected)
    {
        Assert.Equal(expected, CaptureShape.HasCommandLine(text.Split('\n')));
    }
}
