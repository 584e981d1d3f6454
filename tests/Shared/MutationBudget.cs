using System.Globalization;

namespace CertInspect.Testing;

/// <summary>
/// How many mutants a mutation test makes per fixture: the given default in CI, or CERTINSPECT_MUTANTS for a larger
/// run (for example CERTINSPECT_MUTANTS=20000 dotnet test --filter Mutation).
/// </summary>
internal static class MutationBudget
{
    public const string Variable = "CERTINSPECT_MUTANTS";

    public static int PerFixture(int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : ciDefault;
}
