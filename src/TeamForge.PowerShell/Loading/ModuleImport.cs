using System.Management.Automation;

namespace TeamForge.PowerShell.Loading
{
    /// <summary>
    /// Wires the dependency loader when the module is imported, before PowerShell reflects
    /// over the cmdlets' parameters (whose types live in the core), and names the public
    /// types for scripts; removing the module takes the names away again.
    /// </summary>
    public sealed class ModuleImport : IModuleAssemblyInitializer, IModuleAssemblyCleanup
    {
        public void OnImport()
        {
            DependencyLoader.Initialize();
            Register();
        }

        public void OnRemove(PSModuleInfo psModuleInfo)
        {
            TypeAccelerators.Unregister();
        }

        // A separate method, so that the core's types are resolved only after the loader
        // is wired.
        private static void Register()
        {
            TypeAccelerators.Register();
        }
    }
}
