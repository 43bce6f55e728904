using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Reflection;

namespace TeamForge.PowerShell.Loading
{
    /// <summary>
    /// Makes the module's public types nameable in scripts ([TeamForge.TaskResult],
    /// [TeamForge.TransientException]). PowerShell resolves type names only among the
    /// default load context's assemblies, and the core lives in the module's own context,
    /// so each type is registered under its full name as a type accelerator.
    /// </summary>
    internal static class TypeAccelerators
    {
        private static readonly Type[] s_publicTypes =
        {
            typeof(TeamDefinition), typeof(TeamMember), typeof(TeamTask),
            typeof(AgentDefinition), typeof(SkillDefinition), typeof(SkillStep),
            typeof(Diagnostic), typeof(DiagnosticSeverity), typeof(TaskResult),
            typeof(TaskResultStatus), typeof(TeamDesign), typeof(TransientException),
            typeof(TeamRun), typeof(RunState),
        };

        private static readonly List<string> s_added = new List<string>();

        public static void Register()
        {
            var accelerators = FindAcceleratorsType();
            if (accelerators == null)
            {
                return;
            }

            var add = accelerators.GetMethod("Add", new[] { typeof(string), typeof(Type) });
            foreach (var type in s_publicTypes)
            {
                add.Invoke(null, new object[] { type.FullName, type });
                s_added.Add(type.FullName);
            }
        }

        public static void Unregister()
        {
            var accelerators = FindAcceleratorsType();
            var remove = accelerators?.GetMethod("Remove", new[] { typeof(string) });
            foreach (var name in s_added)
            {
                remove?.Invoke(null, new object[] { name });
            }

            s_added.Clear();
        }

        // Limitation: the accelerator table is internal to PowerShell; if a version hides it
        // the types are still usable, only not by name in scripts.
        private static Type FindAcceleratorsType()
        {
            return typeof(PSObject).Assembly.GetType(
                "System.Management.Automation.TypeAccelerators", throwOnError: false);
        }
    }
}
