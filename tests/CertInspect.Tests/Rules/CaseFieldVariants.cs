using System.Reflection;
using CertInspect.Facts;

namespace CertInspect.Tests.Rules;

/// <summary>
/// For <see cref="CaseContractTests"/>: the values a field of a device's case can take besides a given one (for a
/// record such as the manufacturing week, one per member it is made of), and copies that are equal but other instances.
/// A field of a type not listed here fails the test until it is.
/// </summary>
internal static class CaseFieldVariants
{
    public static IEnumerable<object?> Of(Type type, object? value, string field)
    {
        Type? underlying = Nullable.GetUnderlyingType(type);
        Type actual = underlying ?? type;
        if ((underlying is not null || !type.IsValueType) && value is not null)
        {
            yield return null;
        }

        if (actual == typeof(bool))
        {
            yield return !(bool)value!;
        }
        else if (actual == typeof(int))
        {
            yield return (int)value! + 1;
        }
        else if (actual == typeof(DateOnly))
        {
            yield return ((DateOnly)value!).AddDays(1);
        }
        else if (actual == typeof(string))
        {
            yield return (string?)value + "x";
        }
        else if (actual == typeof(ModelFamily))
        {
            yield return BuiltInRules.Set.Facts.ModelFamilies.First(f => !Equals(f, value));
        }
        else if (value is not null && Positional(actual) is { } constructor)
        {
            ParameterInfo[] members = constructor.GetParameters();
            object?[] arguments = [.. members.Select(m => actual.GetProperty(m.Name!)!.GetValue(value))];
            for (int i = 0; i < members.Length; i++)
            {
                foreach (object? variant in Of(members[i].ParameterType, arguments[i], $"{field}.{members[i].Name}"))
                {
                    object?[] changed = [.. arguments];
                    changed[i] = variant;
                    yield return constructor.Invoke(changed);
                }
            }
        }
        else
        {
            throw new InvalidOperationException($"DeviceCase.{field} is a {type}: say in CaseFieldVariants how it can differ.");
        }
    }

    /// <summary>An equal value that is another instance: a string's copy, a record's clone.</summary>
    public static object? Copy(object? value) => value switch
    {
        string text => new string(text.AsSpan()),
        null => null,
        _ => value.GetType().GetMethod("<Clone>$") is { } clone ? clone.Invoke(value, null) : value,
    };

    // A positional record's constructor: every parameter is a property of the same name.
    private static ConstructorInfo? Positional(Type type) => type.GetConstructors()
        .FirstOrDefault(c => c.GetParameters().Length > 0 && c.GetParameters().All(p => type.GetProperty(p.Name!) is not null));
}
