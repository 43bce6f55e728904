namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks the attribute; the compiler honours one declared here.
    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    internal sealed class ModuleInitializerAttribute : Attribute
    {
    }
}
