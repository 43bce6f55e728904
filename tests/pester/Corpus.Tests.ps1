BeforeDiscovery {
    $corpusTeams = Join-Path $PSScriptRoot '../../../shared/corpus/agent-almanac/teams'
    $script:TeamCases = Get-ChildItem $corpusTeams -Filter '*.md' |
        Where-Object { $_.Name -ne 'README.md' -and -not $_.Name.StartsWith('_') } |
        ForEach-Object { @{ Name = $_.BaseName } }
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    $script:Teams = Get-TeamDefinition -Path $Corpus
}

Describe 'The real team library' {
    It 'loads every team of the corpus' {
        $Teams.Count | Should -Be 12
        $Teams | ForEach-Object { $_.Members.Count | Should -BeGreaterThan 0 }
    }

    It 'reads the teams a wildcard matches, skipping the README and the template' {
        $teams = Get-TeamDefinition (Join-Path $Corpus 'teams/*.md') -ErrorVariable problems
        $teams.Count | Should -Be 12
        $problems | Should -BeNullOrEmpty
    }

    It 'reads the team files piped from Get-ChildItem' {
        $files = Get-ChildItem (Join-Path $Corpus 'teams') -Filter '*.md' |
            Where-Object { $_.Name -ne 'README.md' -and -not $_.Name.StartsWith('_') }
        $teams = $files | Get-TeamDefinition
        $teams.Count | Should -Be 12
        $teams.Path | Should -Be $files.FullName
        ($teams | Where-Object Name -eq 'tending').LibraryPath |
            Should -Be (Resolve-Path $Corpus).Path
    }

    It 'loads every agent and skill of the corpus' {
        (Get-TeamAgent -LibraryPath $Corpus).Count | Should -Be 72
        (Get-TeamSkill -LibraryPath $Corpus).Count | Should -Be 352
    }

    It 'keeps the keys it does not know' {
        $scrum = $Teams | Where-Object Name -eq 'scrum-team'
        $scrum.Extra.Keys | Should -Contain 'sprint'
        $scrum.Extra.Keys | Should -Contain 'flex_slots'
    }

    It 'raises no error for team <Name>' -TestCases $TeamCases {
        param($Name)
        $errors = $Teams | Where-Object Name -eq $Name | Test-TeamDefinition |
            Where-Object Severity -eq 'Error'
        $errors | Should -BeNullOrEmpty
    }

    It 'runs team <Name> to the end on the playbook provider' -TestCases $TeamCases {
        param($Name)
        $results = $Teams | Where-Object Name -eq $Name |
            Start-TeamRun -Request 'Review what the team is for and report.'
        $results | Should -Not -BeNullOrEmpty
        $results | Where-Object Status -in 'Failed', 'Cancelled' | Should -BeNullOrEmpty
        foreach ($skipped in $results | Where-Object Status -eq 'Skipped') {
            $skipped.Error | Should -Match 'run-level role'
        }
    }
}

Describe 'The devops-platform-engineering team' {
    BeforeAll {
        $script:Devops = $Teams | Where-Object Name -eq 'devops-platform-engineering'
        $script:DomainTasks = @(
            'design-core-infrastructure', 'design-ml-platform',
            'design-platform-security', 'design-platform-architecture')
    }

    It 'runs its four domain tasks together and integrates after them' {
        $provider = New-TeamProvider -ScriptBlock {
            param($Context)
            Start-Sleep -Milliseconds 500
            "Work of $($Context.TaskName)"
        }
        $results = $Devops | Start-TeamRun -Request 'Design the platform' -Provider $provider

        $results.Count | Should -Be 5
        $results.Status | Should -Not -Contain 'Failed'
        $domains = $results | Where-Object TaskName -in $DomainTasks
        $latestStart = ($domains.StartTime | Measure-Object -Maximum).Maximum
        $earliestEnd = ($domains.EndTime | Measure-Object -Minimum).Minimum
        $latestStart | Should -BeLessThan $earliestEnd
        $integration = $results | Where-Object TaskName -eq 'integrate-platform-design'
        $latestEnd = ($domains.EndTime | Measure-Object -Maximum).Maximum
        $integration.StartTime | Should -BeGreaterOrEqual $latestEnd
        # Two half-second waves, where one task after another would take five.
        $makespan = $integration.EndTime - ($results.StartTime | Measure-Object -Minimum).Minimum
        $makespan.TotalSeconds | Should -BeLessThan 1.5
    }

    It 'writes a design with the four domains and a roadmap on the playbook provider' {
        $out = Join-Path $TestDrive 'design.md'
        $design = $Devops |
            Start-TeamRun -Request 'Design our internal developer platform' |
            Merge-TeamDesign -OutFile $out
        $design.Sections.Count | Should -BeGreaterOrEqual 5
        foreach ($task in $DomainTasks) {
            $design.Sections.TaskName | Should -Contain $task
        }
        $design.Roadmap.Count | Should -BeGreaterThan 0
        $design.Missing | Should -BeNullOrEmpty
        Get-Content $out -Raw | Should -Match '(?m)^#+ Roadmap'
    }

    It 'names every concern of its task decomposition with skill material or as uncovered' {
        $markdown = ($Devops | Start-TeamRun -Request 'Design the platform' |
            Merge-TeamDesign).Markdown
        $concerns = 'namespace', 'quota', 'node pool', 'CI/CD', 'GitOps', 'observability',
            'service mesh', 'model serving', 'experiment tracking', 'feature store',
            'GPU scheduling', 'network polic', 'RBAC', 'secrets', 'policy-as-code',
            'platform API', 'developer experience', 'extensibility', 'technical debt'
        foreach ($concern in $concerns) {
            $markdown | Should -Match ([regex]::Escape($concern))
        }
    }
}
