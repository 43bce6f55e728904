using System.Management.Automation;

namespace TeamForge.PowerShell.Loading
{
    /// <summary>
    /// Wires the dependency loader when the module is imported, before PowerShell reflects
    /// over the cmdlets' parameters (whose types live in the core).
    /// </summary>
    public sealed class ModuleImport : IModuleAssemblyInitializer
    {
        public void OnImport()
        {
            DependencyLoader.Initialize();
        }
    }
}
