using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using PerfEvalIngest.Tests.Support;

namespace PerfEvalIngest.Tests;

/// <summary>
/// The public surface of the library, its two stand-alone parts and the command is reviewed, not accidental: every exported type and its public
/// and protected members are written in a stable text form and compared with PublicApi.approved.txt. A change to the
/// surface fails here until someone has looked at it and approved it by copying PublicApi.received.txt over the
/// approved file. Everything else is internal by default, so that checks, readers and heuristics can change freely.
/// </summary>
public sealed class PublicApiTests
{
    private static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "PerfEvalIngest.Tests");
    private static string Approved => Path.Combine(Directory, "PublicApi.approved.txt");
    private static string Received => Path.Combine(Directory, "PublicApi.received.txt");

    [Fact]
    public void Public_surface_is_the_approved_one()
    {
        var surface = Surface();
        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        if (surface == approved)
        {
            File.Delete(Received);
            return;
        }

        File.WriteAllText(Received, surface);
        Assert.Fail($"""
            The public API changed. Compare the two files, e.g. git diff --no-index {Approved} {Received}
            If the change is intended, copy {Received} over {Approved} and commit it; otherwise make the new types or members internal.
            """);
    }

    [Fact]
    public void The_command_exports_no_types()
    {
        // Everything the command needs from the library is public there; the executable itself is no library.
        var cli = typeof(PerfEvalIngest.Cli.PerfevalCommandLine).Assembly;
        Assert.Equal("perfeval", cli.GetName().Name);
        Assert.Empty(cli.GetExportedTypes());
    }

    /// <summary>The text form of the public surface of every assembly (the library, the segmenter, the evaluation
    /// harness, the command), ordinally sorted and free of versions,
    /// paths and runtime details so that it is the same on every machine.</summary>
    internal static string Surface()
    {
        var text = new StringBuilder();
        foreach (var assembly in new[]
                 {
                     typeof(ReportPipeline).Assembly, typeof(PerfEvalIngest.Segmentation.JiebaSegmenter).Assembly,
                     typeof(PerfEvalIngest.Evaluation.FaultEvaluation).Assembly, typeof(PerfEvalIngest.Cli.PerfevalCommandLine).Assembly,
                 })
        {
            var types = assembly.GetExportedTypes().OrderBy(t => TypeName(t), StringComparer.Ordinal).ToList();
            text.Append($"# {assembly.GetName().Name}: {types.Count} public types\n");
            foreach (var type in types)
            {
                text.Append('\n').Append(Declaration(type)).Append('\n');
                foreach (var member in Members(type).Order(StringComparer.Ordinal))
                    text.Append("  ").Append(member).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }

    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static string Declaration(Type type)
    {
        string kind;
        if (type.IsEnum) kind = "enum";
        else if (type.IsInterface) kind = "interface";
        else if (typeof(Delegate).IsAssignableFrom(type)) kind = "delegate";
        else if (type.IsValueType) kind = (IsReadOnly(type) ? "readonly " : "") + (IsRecord(type) ? "record struct" : "struct");
        else
        {
            var noun = IsRecord(type) ? "record" : "class";
            kind = type.IsAbstract && type.IsSealed ? "static " + noun
                : type.IsAbstract ? "abstract " + noun
                : type.IsSealed ? "sealed " + noun
                : noun;
        }

        if (kind == "delegate")
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"delegate {TypeName(invoke.ReturnType)} {TypeName(type)}({Parameters(invoke)})";
        }

        var bases = new List<string>();
        if (type.IsEnum)
            bases.Add(TypeName(Enum.GetUnderlyingType(type)));
        else if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType))
            bases.Add(TypeName(baseType));
        // An enum's interfaces are the runtime's (they grow with its version), not the library's.
        if (!type.IsEnum)
            bases.AddRange(type.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(TypeName).Order(StringComparer.Ordinal));
        return $"{kind} {TypeName(type)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : "");
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (typeof(Delegate).IsAssignableFrom(type))
            yield break;

        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                yield return $"{field.Name} = {Convert.ToString(field.GetRawConstantValue(), CultureInfo.InvariantCulture)}";
            yield break;
        }

        foreach (var field in type.GetFields(Declared).Where(f => Visible(f.IsPublic, f.IsFamily, f.IsFamilyOrAssembly) && !Generated(f)))
        {
            var modifiers = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
            var value = field.IsLiteral ? " = " + Literal(field.GetRawConstantValue()) : "";
            yield return $"{Access(field.IsPublic)}field {modifiers}{TypeName(field.FieldType)} {field.Name}{value}";
        }

        foreach (var constructor in type.GetConstructors(Declared).Where(c => Visible(c.IsPublic, c.IsFamily, c.IsFamilyOrAssembly) && !Generated(c)))
            yield return $"{Access(constructor.IsPublic)}{(constructor.IsStatic ? "static " : "")}ctor({Parameters(constructor)})";

        foreach (var property in type.GetProperties(Declared))
        {
            var accessors = new List<string>();
            var getter = property.GetMethod;
            var setter = property.SetMethod;
            var first = getter ?? setter!;
            if (Generated(property) || property.Name == "EqualityContract")
                continue;
            if (getter != null && Visible(getter.IsPublic, getter.IsFamily, getter.IsFamilyOrAssembly))
                accessors.Add(Access(getter.IsPublic) + "get;");
            if (setter != null && Visible(setter.IsPublic, setter.IsFamily, setter.IsFamilyOrAssembly))
                accessors.Add(Access(setter.IsPublic) + (IsInitOnly(setter) ? "init;" : "set;"));
            if (accessors.Count == 0)
                continue;
            var indexer = property.GetIndexParameters() is { Length: > 0 } index ? $"[{string.Join(", ", index.Select(Parameter))}]" : "";
            yield return $"property {Modifiers(first)}{TypeName(property.PropertyType)} {property.Name}{indexer} {{ {string.Join(" ", accessors)} }}";
        }

        foreach (var @event in type.GetEvents(Declared))
        {
            var add = @event.AddMethod!;
            if (Visible(add.IsPublic, add.IsFamily, add.IsFamilyOrAssembly))
                yield return $"{Access(add.IsPublic)}event {Modifiers(add)}{TypeName(@event.EventHandlerType!)} {@event.Name}";
        }

        foreach (var method in type.GetMethods(Declared))
        {
            if (!Visible(method.IsPublic, method.IsFamily, method.IsFamilyOrAssembly) || Generated(method))
                continue;
            if (method.IsSpecialName && !method.Name.StartsWith("op_", StringComparison.Ordinal))
                continue;
            var generic = method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";
            yield return $"{Access(method.IsPublic)}method {Modifiers(method)}{TypeName(method.ReturnType)} {method.Name}{generic}({Parameters(method)})";
        }
    }

    private static bool Visible(bool isPublic, bool isFamily, bool isFamilyOrAssembly) => isPublic || isFamily || isFamilyOrAssembly;

    private static string Access(bool isPublic) => isPublic ? "" : "protected ";

    /// <summary>Members the compiler writes for records (Equals, GetHashCode, ToString, PrintMembers, Deconstruct,
    /// the operators, &lt;Clone&gt;$, the copy constructor) follow from the declaration; listing them is noise.</summary>
    private static bool Generated(MemberInfo member) =>
        member.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) || member.Name.Contains('<');

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$") != null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is { } print && Generated(print));

    private static bool IsReadOnly(Type type) =>
        type.GetCustomAttributes(inherit: false).Any(a => a.GetType().FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute");

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic)
            return method.IsAbstract ? "static abstract " : method.IsVirtual ? "static virtual " : "static ";
        if (method.DeclaringType!.IsInterface)
            return "";
        if (method.IsAbstract)
            return "abstract ";
        if (method.IsVirtual && !method.IsFinal)
            return method.GetBaseDefinition() != method ? "override " : "virtual ";
        if (method.IsVirtual && method.GetBaseDefinition() != method)
            return "sealed override ";
        return "";
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        var prefix = "";
        if (type.IsByRef)
        {
            prefix = parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ";
            type = type.GetElementType()!;
        }
        if (parameter.IsDefined(typeof(ParamArrayAttribute), inherit: false))
            prefix = "params " + prefix;
        var value = !parameter.HasDefaultValue ? ""
            : type.IsEnum && parameter.RawDefaultValue != null ? $" = {TypeName(type)}.{Enum.ToObject(type, parameter.RawDefaultValue)}"
            : " = " + Literal(parameter.RawDefaultValue);
        return $"{prefix}{TypeName(type)} {parameter.Name}{value}";
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"",
        char c => "'" + c + "'",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(object)] = "object", [typeof(string)] = "string", [typeof(bool)] = "bool",
        [typeof(char)] = "char", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte", [typeof(short)] = "short",
        [typeof(ushort)] = "ushort", [typeof(int)] = "int", [typeof(uint)] = "uint", [typeof(long)] = "long",
        [typeof(ulong)] = "ulong", [typeof(float)] = "float", [typeof(double)] = "double", [typeof(decimal)] = "decimal",
        [typeof(nint)] = "nint", [typeof(nuint)] = "nuint",
    };

    /// <summary>A type as C# spells it, namespace included and generic arguments spelled out, with no assembly
    /// names or versions.</summary>
    private static string TypeName(Type type)
    {
        if (type.IsByRef)
            return "ref " + TypeName(type.GetElementType()!);
        if (type.IsPointer)
            return TypeName(type.GetElementType()!) + "*";
        if (type.IsArray)
            return TypeName(type.GetElementType()!) + "[" + new string(',', type.GetArrayRank() - 1) + "]";
        if (type.IsGenericParameter)
            return type.Name;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return TypeName(underlying) + "?";
        if (Keywords.TryGetValue(type, out var keyword))
            return keyword;

        var arguments = type.GetGenericArguments();
        var used = 0;
        string Simple(Type t)
        {
            var name = t.Name;
            var tick = name.IndexOf('`');
            if (tick < 0)
                return name;
            var count = int.Parse(name[(tick + 1)..], CultureInfo.InvariantCulture);
            var own = arguments.Skip(used).Take(count).Select(TypeName).ToList();
            used += count;
            return name[..tick] + "<" + string.Join(", ", own) + ">";
        }

        var chain = new List<Type>();
        for (var t = type; t != null; t = t.DeclaringType)
            chain.Insert(0, t);
        var names = chain.Select(Simple).ToList();
        var prefix = string.IsNullOrEmpty(chain[0].Namespace) ? "" : chain[0].Namespace + ".";
        return prefix + string.Join(".", names);
    }
}
