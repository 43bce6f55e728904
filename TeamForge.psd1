@{
    # Loads the built module. build.ps1 writes out/TeamForge/TeamForge.psd1 from this
    # manifest, with the assembly as its root module and the format file beside it.
    NestedModules        = @('out/TeamForge/TeamForge.psd1')
    ModuleVersion        = '0.1.0'
    GUID                 = 'd6c92d4a-29d2-4d50-b8cf-8d9474b2f8d9'
    Author               = 'TeamForge'
    CompanyName          = 'TeamForge'
    Copyright            = '(c) TeamForge. MIT licence.'
    Description          = 'Runs teams of AI agents described in Markdown: loads and checks
        the team, agent and skill files, runs each member''s task in parallel as soon as what it
        waits on is done, and merges the results into the team''s design document.'
    # 7.6 for .NET 10: the core and the model packages use its System.Text.Json 10.
    PowerShellVersion    = '7.6'
    CompatiblePSEditions = @('Core')
    CmdletsToExport      = @(
        'Get-TeamDefinition'
        'Get-TeamAgent'
        'Get-TeamSkill'
        'Test-TeamDefinition'
        'Start-TeamRun'
        'Merge-TeamDesign'
        'New-TeamProvider'
        'Get-TeamRun'
        'Export-TeamGraph'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('AI', 'Agents', 'Teams', 'LLM', 'Orchestration', 'PSEdition_Core')
            LicenseUri   = 'https://opensource.org/licenses/MIT'
            # Limitation: no ProjectUri yet, as the project has no public address to name.
            ReleaseNotes = @'
0.1.0: the first release.
- Loads and checks team, agent and skill files; plans the task graph (-WhatIf,
  Export-TeamGraph).
- Runs members in parallel on the playbook, ScriptBlock and command providers, the agent
  CLIs (Claude Code, Codex, Gemini CLI) and chat models (OpenAI and compatible servers,
  Ollama, Azure OpenAI, Anthropic), with request limits, prices and -MaxCost.
- Stores every run; resumes, pauses, jobs, retries and time limits.
- Merges the results into the design as Markdown, HTML or JSON.
'@
        }
    }
}
