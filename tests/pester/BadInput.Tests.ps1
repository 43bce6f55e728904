BeforeDiscovery {
    # Each case: a team file's text, the code Test-TeamDefinition must raise and the line.
    $header = "---`nname: broken`ndescription: A team with a problem`nlead: alpha`n" +
        "coordination: parallel`nmembers:`n  - id: alpha`n    role: Lead`n" +
        "    responsibilities: Leads`n---`n`n# Broken`n`n"
    function Get-ConfigText([string] $Tasks) {
        "<!-- CONFIG:START -->`n``````yaml`nteam:`n  name: broken`n  lead: alpha`n" +
            "  coordination: parallel`n  members:`n    - agent: alpha`n      role: Lead`n" +
            "  tasks:`n$Tasks``````MARK`n<!-- CONFIG:END -->`n" -replace 'MARK', ''
    }
    $task = { param($name, $more) "    - name: $name`n      assignee: alpha`n" +
        "      description: Do $name`n$more" }

    $script:Cases = @(
        @{ Case = 'no front matter'; Code = 'TF1002'; Line = 1
            Text = "# Just a heading`n`nSome prose.`n" }
        @{ Case = 'malformed front matter YAML'; Code = 'TF1003'; Line = 4
            Text = "---`nname: broken`ndescription: [unclosed`nlead: alpha`n---`n`n# B`n" }
        @{ Case = 'an unclosed CONFIG block'; Code = 'TF1004'; Line = 14
            Text = $header + "<!-- CONFIG:START -->`n``````yaml`nteam:`n  name: broken`n" +
                "```````n" }
        @{ Case = 'malformed CONFIG YAML'; Code = 'TF1005'; Line = 19
            Text = $header + "<!-- CONFIG:START -->`n``````yaml`nteam:`n  name: broken`n" +
                "  tasks: [a`n    - b: c`n```````n<!-- CONFIG:END -->`n" }
        @{ Case = 'an unknown blocked_by'; Code = 'TF2001'; Line = 27
            Text = $header + (Get-ConfigText ((& $task one) +
                (& $task two "      blocked_by: [nothing-like-this]`n"))) }
        @{ Case = 'a dependency cycle'; Code = 'TF2002'; Line = 24
            Text = $header + (Get-ConfigText ((& $task one "      blocked_by: [two]`n") +
                (& $task two "      blocked_by: [one]`n"))) }
        @{ Case = 'a duplicate task name'; Code = 'TF2003'; Line = 27
            Text = $header + (Get-ConfigText ((& $task one) + (& $task one))) }
        @{ Case = 'an assignee given as a list'; Code = 'TF1005'; Line = 24
            Text = $header + (Get-ConfigText ((& $task one) -replace 'assignee: alpha',
                'assignee: [alpha, beta]')) }
        @{ Case = 'an assignee that resolves to nothing'; Code = 'TF2004'; Line = 24
            Text = $header + (Get-ConfigText ((& $task one) -replace 'assignee: alpha',
                'assignee: nobody-we-know')) }
    )
}

BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')
    New-AgentFile alpha | Out-Null
}

Describe 'Bad team files' {
    It 'reports <Case> as <Code> at line <Line>' -TestCases $Cases {
        param($Case, $Code, $Line, $Text)
        $path = New-TeamFile broken $Text
        $found = Test-TeamDefinition -Path $path | Where-Object Code -eq $Code
        $found | Should -Not -BeNullOrEmpty -Because ($Text)
        $found[0].Line | Should -Be $Line
        $found[0].Path | Should -Be $path
        $found[0].Severity | Should -Be 'Error'
        Test-TeamDefinition -Path $path -Quiet | Should -BeFalse
    }

    It 'says of <Case> only that, not that the team has no members' -TestCases @(
        $Cases | Where-Object Code -in 'TF1004', 'TF1005'
    ) {
        param($Case, $Code, $Line, $Text)
        $path = New-TeamFile broken $Text
        $found = Test-TeamDefinition -Path $path
        $found.Code | Should -Contain $Code
        $found.Code | Should -Not -Contain 'TF2006'
    }

    It 'refuses to run <Case> with one error naming the file, line and problem' -TestCases $Cases {
        param($Case, $Code, $Line, $Text)
        $path = New-TeamFile broken $Text
        $caught = $null
        try {
            Start-TeamRun -Path $path -Request 'Go' -ErrorAction Stop
        }
        catch {
            $caught = $_
        }
        $caught | Should -Not -BeNullOrEmpty
        $caught.FullyQualifiedErrorId | Should -Match "^$Code"
        $caught.Exception.Message | Should -Match ([regex]::Escape("broken.md:$Line"))
        $caught.Exception.Message | Should -Not -Match '(?m)^\s*at [\w.]+\('
    }

    It 'reports a missing file as TF1001' {
        $path = Join-Path $TestDrive 'no-such-team.md'
        (Test-TeamDefinition -Path $path).Code | Should -Be 'TF1001'
        { Start-TeamRun -Path $path -Request 'Go' -ErrorAction Stop } |
            Should -Throw -ExpectedMessage '*no-such-team.md*'
    }

    It 'reads a README named explicitly as an error, and skips it in a folder' {
        $library = Join-Path $TestDrive 'readme-lib'
        $team = New-TeamFile ok ((Get-Content (Join-Path $Corpus 'teams/entomology.md') -Raw)) `
            -Library $library
        Set-Content (Join-Path $library 'teams/README.md') '# Teams'
        (Get-TeamDefinition (Split-Path $team)).Count | Should -Be 1
        Get-TeamDefinition (Join-Path $library 'teams/README.md') -ErrorVariable bad `
            -ErrorAction SilentlyContinue
        $bad[0].FullyQualifiedErrorId | Should -Match '^TF1006'
    }

    It "names the skills line of an agent that lists a missing skill, once for all teams" {
        $library = Join-Path $TestDrive 'missing-skill'
        New-TeamFile chain $ChainTeam $library | Out-Null
        New-TeamFile chain-again ($ChainTeam -replace 'name: chain', 'name: chain-again') `
            $library | Out-Null
        New-AgentFile beta $library | Out-Null
        # A library with skills at all: without any, a missing one says nothing.
        $skill = New-Item (Join-Path $library 'skills/plan-work') -ItemType Directory -Force
        Set-Content (Join-Path $skill 'SKILL.md') @"
---
name: plan-work
description: Plan the work in steps
---

# Plan the work

## Procedure

### Step 1: List the work
"@
        $alpha = New-AgentFile alpha $library
        (Get-Content $alpha -Raw) -replace 'skills: \[\]', "skills:`n  - no-such-skill" |
            Set-Content $alpha -NoNewline

        $found = Test-TeamDefinition -Path (Join-Path $library 'teams') |
            Where-Object Code -eq 'TF2011'

        @($found).Count | Should -Be 1
        $found.Path | Should -Be $alpha
        $found.Line | Should -Be 6
        $found.Message | Should -Match "lists the skill 'no-such-skill'"
    }

    It 'says nothing for a valid team' {
        Test-TeamDefinition -Path (Join-Path $Corpus 'teams/entomology.md') -Quiet |
            Should -BeTrue
    }
}
