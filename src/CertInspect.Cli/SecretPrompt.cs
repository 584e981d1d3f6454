using System.Text;

namespace CertInspect.Cli;

/// <summary>Asks for a password on the terminal without echoing it; used only when stdin and stderr are a terminal.</summary>
internal static class SecretPrompt
{
    public static string? Ask(string question)
    {
        Console.Error.Write(question);
        var secret = new StringBuilder();
        while (true)
        {
            ConsoleKeyInfo key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}
