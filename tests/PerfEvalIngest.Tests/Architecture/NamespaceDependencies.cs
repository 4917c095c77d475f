using System.Reflection;
using System.Reflection.Emit;

namespace PerfEvalIngest.Tests.Architecture;

/// <summary>
/// Which namespaces of an assembly use which, read from the compiled code: every type's base, interfaces, fields,
/// properties and method signatures, and every type, method and field its method bodies name (IL operands). A
/// compiler-made type (a lambda's closure, an iterator) counts as its outermost declaring type.
/// </summary>
internal static class NamespaceDependencies
{
    private static readonly Dictionary<short, OpCode> OpCodes = typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!).ToDictionary(o => o.Value);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>(from namespace, to namespace, an example "From.Type → To.Type") for every pair within the assembly.</summary>
    public static Dictionary<(string From, string To), string> Of(Assembly assembly)
    {
        var pairs = new Dictionary<(string, string), string>();
        foreach (var type in assembly.GetTypes())
        {
            var owner = Outermost(type);
            foreach (var used in Used(type).Where(t => t.Assembly == assembly).Select(Outermost).Distinct())
            {
                if (used.Namespace == owner.Namespace || used.Namespace == null || owner.Namespace == null) continue;
                pairs.TryAdd((owner.Namespace, used.Namespace), $"{owner.FullName} → {used.FullName}");
            }
        }
        return pairs;
    }

    private static Type Outermost(Type type)
    {
        while (type.DeclaringType != null) type = type.DeclaringType;
        return type;
    }

    private static IEnumerable<Type> Used(Type type)
    {
        var found = new List<Type>();
        void Add(Type? t)
        {
            if (t == null) return;
            if (t.HasElementType) Add(t.GetElementType());
            if (t.IsGenericType && !t.IsGenericTypeDefinition) foreach (var a in t.GetGenericArguments()) Add(a);
            if (!t.IsGenericParameter) found.Add(t.IsGenericType ? t.GetGenericTypeDefinition() : t);
        }
        Add(type.BaseType);
        foreach (var i in type.GetInterfaces()) Add(i);
        foreach (var f in type.GetFields(Everything)) Add(f.FieldType);
        foreach (var p in type.GetProperties(Everything)) Add(p.PropertyType);
        foreach (var m in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (m is MethodInfo mi) Add(mi.ReturnType);
            foreach (var p in m.GetParameters()) Add(p.ParameterType);
            foreach (var t in BodyReferences(m)) Add(t);
        }
        return found;
    }

    /// <summary>The types a method body names: operands of calls, field accesses, type tokens.</summary>
    private static IEnumerable<Type> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il == null) yield break;
        var module = method.Module;
        Type[]? typeArgs = method.DeclaringType is { IsGenericType: true } d ? d.GetGenericArguments() : null;
        Type[]? methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (int i = 0; i < il.Length;)
        {
            OpCode op;
            if (il[i] == 0xFE) { op = OpCodes[(short)(0xFE00 | il[i + 1])]; i += 2; }
            else { op = OpCodes[il[i]]; i += 1; }
            int size = op.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + 4 * BitConverter.ToInt32(il, i),
                _ => 4,
            };
            if (op.OperandType is OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok)
            {
                int token = BitConverter.ToInt32(il, i);
                Type? referenced = null;
                try
                {
                    var member = module.ResolveMember(token, typeArgs, methodArgs);
                    referenced = member as Type ?? member?.DeclaringType;
                }
                catch (Exception e) when (e is ArgumentException or BadImageFormatException)
                {
                    // A token into another module's generic context: not ours to follow.
                }
                if (referenced != null) yield return referenced;
            }
            i += size;
        }
    }
}
