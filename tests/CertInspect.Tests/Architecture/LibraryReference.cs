using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CertInspect.Tests.Architecture;

/// <summary>
/// Every reference from one type of the library to another, read from the compiled assembly: signatures, fields,
/// base types, attributes' types, local variables and every type, method and field an instruction names. Nested and
/// compiler-generated types count as the type that declares them.
/// </summary>
internal sealed record LibraryReference(string FromType, string FromFolder, string ToType, string ToFolder)
{
    private const string RootNamespace = "CertInspect";

    public static IReadOnlyList<LibraryReference> InLibrary()
    {
        string path = typeof(CertInspect.Rules.RuleSet).Assembly.Location;
        using AssemblyDefinition assembly = AssemblyDefinition.ReadAssembly(path);
        var found = new HashSet<LibraryReference>();
        foreach (TypeDefinition type in assembly.MainModule.GetTypes())
        {
            TypeDefinition owner = Outermost(type);
            if (FolderOf(owner) is not { } fromFolder)
            {
                continue;
            }

            foreach (Mono.Cecil.TypeReference target in Referenced(type))
            {
                foreach (Mono.Cecil.TypeReference part in Parts(target))
                {
                    Mono.Cecil.TypeReference outer = part;
                    while (outer.DeclaringType is not null)
                    {
                        outer = outer.DeclaringType;
                    }

                    if (outer.Module == assembly.MainModule && FolderOf(outer) is { } toFolder)
                    {
                        found.Add(new LibraryReference(owner.FullName, fromFolder, outer.FullName, toFolder));
                    }
                }
            }
        }

        return found.OrderBy(r => r.FromType, StringComparer.Ordinal).ThenBy(r => r.ToType, StringComparer.Ordinal).ToList();
    }

    // "CertInspect.Rules.Kinds.X" → "Rules": the top-level folder is the namespace's second part.
    private static string? FolderOf(Mono.Cecil.TypeReference type)
    {
        string[] parts = type.Namespace.Split('.');
        return parts.Length >= 2 && string.Equals(parts[0], RootNamespace, StringComparison.Ordinal) ? parts[1] : null;
    }

    private static TypeDefinition Outermost(TypeDefinition type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type;
    }

    // A generic instance, array, pointer or by-ref names its element and its arguments.
    private static IEnumerable<Mono.Cecil.TypeReference> Parts(Mono.Cecil.TypeReference type)
    {
        if (type is GenericInstanceType generic)
        {
            foreach (Mono.Cecil.TypeReference argument in generic.GenericArguments.SelectMany(Parts))
            {
                yield return argument;
            }
        }

        if (type is TypeSpecification specification)
        {
            foreach (Mono.Cecil.TypeReference element in Parts(specification.ElementType))
            {
                yield return element;
            }

            yield break;
        }

        if (type is not GenericParameter)
        {
            yield return type;
        }
    }

    private static IEnumerable<Mono.Cecil.TypeReference> Referenced(TypeDefinition type)
    {
        if (type.BaseType is not null)
        {
            yield return type.BaseType;
        }

        foreach (InterfaceImplementation implemented in type.Interfaces)
        {
            yield return implemented.InterfaceType;
        }

        foreach (CustomAttribute attribute in type.CustomAttributes)
        {
            yield return attribute.AttributeType;
        }

        foreach (FieldDefinition field in type.Fields)
        {
            yield return field.FieldType;
        }

        foreach (PropertyDefinition property in type.Properties)
        {
            yield return property.PropertyType;
        }

        foreach (MethodDefinition method in type.Methods)
        {
            yield return method.ReturnType;
            foreach (ParameterDefinition parameter in method.Parameters)
            {
                yield return parameter.ParameterType;
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (VariableDefinition variable in method.Body.Variables)
            {
                yield return variable.VariableType;
            }

            foreach (Instruction instruction in method.Body.Instructions)
            {
                switch (instruction.Operand)
                {
                    case Mono.Cecil.TypeReference named:
                        yield return named;
                        break;
                    case MethodReference called:
                        yield return called.DeclaringType;
                        yield return called.ReturnType;
                        foreach (ParameterDefinition parameter in called.Parameters)
                        {
                            yield return parameter.ParameterType;
                        }

                        if (called is GenericInstanceMethod genericMethod)
                        {
                            foreach (Mono.Cecil.TypeReference argument in genericMethod.GenericArguments)
                            {
                                yield return argument;
                            }
                        }

                        break;
                    case FieldReference used:
                        yield return used.DeclaringType;
                        yield return used.FieldType;
                        break;
                }
            }
        }
    }
}
