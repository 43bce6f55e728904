using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace TeamForge.PowerShell.Loading
{
    /// <summary>
    /// Loads the core library and every package it uses from the module's dependencies
    /// folder into a load context of the module's own, so that other modules carrying other
    /// versions of YamlDotNet, Markdig or the model SDKs neither break TeamForge nor are
    /// broken by it.
    /// </summary>
    /// <remarks>
    /// The cmdlet assembly targets netstandard2.0, which has no AssemblyLoadContext type, so
    /// the context is made and wired by reflection. The cmdlet assembly itself stays in the
    /// default context; only its requests for TeamForge.Core are answered from the module's
    /// context, and from there the core's own references resolve inside that context.
    /// </remarks>
    internal static class DependencyLoader
    {
        private const string ContextTypeName = "System.Runtime.Loader.AssemblyLoadContext";

        private static readonly object s_gate = new object();

        private static string s_dependencyFolder;

        private static object s_context;

        private static MethodInfo s_loadFromPath;

        // Runs before any type of this assembly is used, so the core is never looked up in
        // the default context first.
        [ModuleInitializer]
        internal static void Initialize()
        {
            lock (s_gate)
            {
                if (s_dependencyFolder != null)
                {
                    return;
                }

                var assembly = typeof(DependencyLoader).Assembly;
                var moduleFolder = Path.GetDirectoryName(assembly.Location);
                s_dependencyFolder = Path.Combine(moduleFolder ?? ".", "dependencies");

                var contextType = typeof(object).Assembly.GetType(ContextTypeName);
                if (contextType == null)
                {
                    // Limitation: Windows PowerShell has no load contexts; there the
                    // dependencies load side by side through AssemblyResolve.
                    AppDomain.CurrentDomain.AssemblyResolve += ResolveInAppDomain;
                    return;
                }

                CreateModuleContext(contextType);
                var defaultContext = GetDefaultContext(contextType);
                SubscribeResolving(contextType, defaultContext, nameof(ResolveCore));
                SubscribeResolving(contextType, s_context, nameof(ResolveDependency));
            }
        }

        /// <summary>The module's own load context, or null on Windows PowerShell.</summary>
        internal static object ModuleContext => s_context;

        private static void CreateModuleContext(Type contextType)
        {
            var constructor = contextType.GetConstructor(new[] { typeof(string), typeof(bool) });
            s_context = constructor.Invoke(new object[] { "TeamForge", false });
            s_loadFromPath = contextType.GetMethod(
                "LoadFromAssemblyPath", new[] { typeof(string) });
        }

        private static object GetDefaultContext(Type contextType)
        {
            return contextType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)
                .GetValue(null);
        }

        // The Resolving event takes Func<AssemblyLoadContext, AssemblyName, Assembly>; a
        // handler whose first parameter is object binds to it by parameter contravariance.
        private static void SubscribeResolving(Type contextType, object context, string handler)
        {
            var resolving = contextType.GetEvent("Resolving");
            var method = typeof(DependencyLoader).GetMethod(
                handler, BindingFlags.NonPublic | BindingFlags.Static);
            var callback = Delegate.CreateDelegate(resolving.EventHandlerType, method);
            resolving.AddEventHandler(context, callback);
        }

        private static Assembly ResolveCore(object context, AssemblyName name)
        {
            if (!IsCore(name))
            {
                return null;
            }

            LoadAllDependencies();
            return LoadFromDependencies(name);
        }

        // Loading every dependency up front puts each in the module's context before the
        // core asks for it; a context looks in its own assemblies before the default
        // context, so a version another module loaded there is never picked up.
        private static void LoadAllDependencies()
        {
            foreach (var path in Directory.GetFiles(s_dependencyFolder, "*.dll"))
            {
                LoadFromDependencies(AssemblyName.GetAssemblyName(path));
            }
        }

        private static Assembly ResolveDependency(object context, AssemblyName name)
        {
            return LoadFromDependencies(name);
        }

        private static Assembly LoadFromDependencies(AssemblyName name)
        {
            var path = Path.Combine(s_dependencyFolder, name.Name + ".dll");
            if (!File.Exists(path))
            {
                return null;
            }

            lock (s_gate)
            {
                var loaded = FindLoaded(name);
                if (loaded != null)
                {
                    return loaded;
                }

                return (Assembly)s_loadFromPath.Invoke(s_context, new object[] { path });
            }
        }

        private static Assembly FindLoaded(AssemblyName name)
        {
            var assemblies = (System.Collections.Generic.IEnumerable<Assembly>)s_context
                .GetType().GetProperty("Assemblies").GetValue(s_context);
            return assemblies.FirstOrDefault(a => string.Equals(
                a.GetName().Name, name.Name, StringComparison.OrdinalIgnoreCase));
        }

        private static Assembly ResolveInAppDomain(object sender, ResolveEventArgs args)
        {
            var name = new AssemblyName(args.Name);
            var path = Path.Combine(s_dependencyFolder, name.Name + ".dll");
            return File.Exists(path) ? Assembly.LoadFrom(path) : null;
        }

        private static bool IsCore(AssemblyName name)
        {
            return string.Equals(name.Name, "TeamForge.Core", StringComparison.OrdinalIgnoreCase);
        }
    }
}
