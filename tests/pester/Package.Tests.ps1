BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    # build.ps1 -Task Test packs the module before the suites run.
    $script:Packages = Join-Path $RepoRoot 'out/packages'
    $script:Package = Get-ChildItem $Packages -Filter 'TeamForge.*.nupkg' -ErrorAction Ignore |
        Select-Object -First 1
    $manifest = Import-PowerShellDataFile (Join-Path $RepoRoot 'TeamForge.psd1')
    $script:Version = $manifest.ModuleVersion

    # PSResourceGet's settings and the user's module folder lie under the home folder: the
    # fresh pwsh gets a home of the test's own, so the user's stay untouched.
    $script:TestHome = Join-Path $TestDrive 'home'
    New-Item $TestHome -ItemType Directory | Out-Null

    function Get-ReadmeCiSteps {
        # The pwsh script of each CI step in the README: the indented block under
        # "run: |" (GitHub Actions) and "- pwsh: |" (Azure Pipelines).
        $lines = Get-Content (Join-Path $RepoRoot 'README.md')
        $steps = @()
        for ($i = 0; $i -lt $lines.Count; $i++) {
            if ($lines[$i] -notmatch '^\s*(run|- pwsh): \|$') {
                continue
            }
            $indent = ($lines[$i + 1] -replace '^(\s*).*$', '$1').Length
            $body = for ($j = $i + 1; $j -lt $lines.Count; $j++) {
                if ($lines[$j] -notmatch "^\s{$indent}") { break }
                $lines[$j].Substring($indent)
            }
            $steps += ($body -join "`n")
        }
        , $steps
    }

    function Invoke-FromRepository {
        # Registers a folder repository holding the package in a fresh pwsh, runs the
        # script there, and removes the registration again, whatever happens.
        param([string] $Script)
        $name = 'TeamForgeTest' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $userHome = $env:HOME
        if (-not $IsWindows) {
            $env:HOME = $TestHome
        }
        try {
            Invoke-FreshPwsh "
                `$ErrorActionPreference = 'Stop'
                Register-PSResourceRepository -Name $name -Uri '$Repository' -Trusted
                try { $($Script -replace '<repo>', $name) }
                finally { Unregister-PSResourceRepository -Name $name }"
        }
        finally {
            $env:HOME = $userHome
        }
    }
}

Describe 'The package that build.ps1 -Task Package writes' {
    BeforeAll {
        $script:Repository = Join-Path $TestDrive 'repository'
        New-Item $Repository -ItemType Directory | Out-Null
        if ($Package) {
            Copy-Item $Package.FullName $Repository
        }
    }

    It 'is a .nupkg named for the manifest version, holding the module and its parts' {
        $Package | Should -Not -BeNullOrEmpty -Because 'build.ps1 -Task Package writes it'
        $Package.Name | Should -Be "TeamForge.$Version.nupkg"
        $archive = [IO.Compression.ZipFile]::OpenRead($Package.FullName)
        try {
            $names = $archive.Entries.FullName
        }
        finally {
            $archive.Dispose()
        }
        $names | Should -Contain 'TeamForge.psd1'
        $names | Should -Contain 'TeamForge.dll'
        $names | Should -Contain 'TeamForge.Format.ps1xml'
        $names | Should -Contain 'en-US/TeamForge.dll-Help.xml'
        $names | Should -Contain 'dependencies/TeamForge.Core.dll'
        $names | Where-Object { $_ -like 'library/teams/*.md' } | Should -Not -BeNullOrEmpty
        $names | Where-Object { $_ -like '*System.Management.Automation.dll' } |
            Should -BeNullOrEmpty
    }

    It 'is found in a folder repository with its version, tags and licence' {
        $found = Invoke-FromRepository "
            `$found = Find-PSResource -Name TeamForge -Repository <repo>
            'version:' + `$found.Version
            'tags:' + (`$found.Tags -join ',')
            'licence:' + `$found.LicenseUri"
        $found | Should -Contain "version:$Version"
        ($found | Where-Object { $_ -like 'tags:*' }) | Should -BeLike '*Agents*'
        $found | Should -Contain 'licence:https://opensource.org/licenses/MIT'
    }

    It 'saves into a folder, imports from there in a fresh pwsh and runs a team' {
        $saved = Join-Path $TestDrive 'saved'
        New-Item $saved -ItemType Directory | Out-Null
        $runs = Join-Path $TestDrive 'saved-runs'
        $output = Invoke-FromRepository "
            Save-PSResource -Name TeamForge -Repository <repo> -Path '$saved' -TrustRepository
            Import-Module (Join-Path '$saved' 'TeamForge')
            'base:' + (Get-Module TeamForge).ModuleBase
            `$results = Get-TeamDefinition -Name platform-engineering |
                Start-TeamRun -Request 'Design our platform' -RunPath '$runs'
            'succeeded:' + @(`$results | Where-Object Status -eq 'Succeeded').Count
            `$design = `$results | Merge-TeamDesign
            'roadmap:' + `$design.Roadmap.Count"
        $base = ($output | Where-Object { $_ -like 'base:*' }) -replace '^base:'
        $base | Should -BeLike (Join-Path $saved 'TeamForge*')
        $output | Should -Contain 'succeeded:5'
        ($output | Where-Object { $_ -like 'roadmap:*' }) | Should -Not -Be 'roadmap:0'
    }

    It 'installs with Install-PSResource and imports by name' {
        if ($IsWindows) {
            Set-ItResult -Skipped -Because "the user's module folder cannot be moved aside there"
            return
        }
        $output = Invoke-FromRepository "
            Install-PSResource -Name TeamForge -Repository <repo> -Scope CurrentUser ``
                -TrustRepository
            Import-Module TeamForge
            'base:' + (Get-Module TeamForge).ModuleBase
            'commands:' + @(Get-Command -Module TeamForge).Count"
        $base = ($output | Where-Object { $_ -like 'base:*' }) -replace '^base:'
        $base | Should -BeLike (Join-Path $TestHome '*TeamForge*')
        $output | Should -Contain 'commands:9'
    }

    It "runs the README's CI step as written, on both CI systems" {
        if ($IsWindows) {
            Set-ItResult -Skipped -Because "the step installs into the user's module folder"
            return
        }
        $steps = Get-ReadmeCiSteps
        $steps.Count | Should -Be 2
        $steps[0] | Should -BeExactly $steps[1]

        # The step reads ./out/packages, as in a clone after build.ps1 -Task Package.
        $work = Join-Path $TestDrive 'ci'
        New-Item (Join-Path $work 'out/packages') -ItemType Directory -Force | Out-Null
        Copy-Item $Package.FullName (Join-Path $work 'out/packages')
        $key = $env:OPENAI_API_KEY
        $userHome = $env:HOME
        $env:HOME = $TestHome
        Remove-Item Env:OPENAI_API_KEY -ErrorAction Ignore
        Push-Location $work
        try {
            $step = $steps[0] + "`nUnregister-PSResourceRepository -Name TeamForgeLocal"
            Invoke-FreshPwsh $step | Out-Null
            $LASTEXITCODE | Should -Be 0
        }
        finally {
            Pop-Location
            $env:HOME = $userHome
            if ($key) {
                $env:OPENAI_API_KEY = $key
            }
        }
        $design = Get-Content (Join-Path $work 'design.md') -Raw
        $design | Should -Match '(?m)^# '
        $design | Should -Match 'Roadmap'
    }
}
