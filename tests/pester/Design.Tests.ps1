BeforeAll {
    . (Join-Path $PSScriptRoot 'TestSetup.ps1')

    $script:Results = Get-TeamDefinition | Start-TeamRun -Request 'Design a platform' `
        -RunPath (Join-Path $TestDrive 'runs')
}

Describe 'Merge-TeamDesign -Format' {
    It 'writes the format the file extension names, and returns the design object' {
        $html = Join-Path $TestDrive 'design.html'
        $json = Join-Path $TestDrive 'design.json'
        $markdown = Join-Path $TestDrive 'design.txt'

        $design = $Results | Merge-TeamDesign -OutFile $html
        $Results | Merge-TeamDesign -OutFile $json | Out-Null
        $Results | Merge-TeamDesign -OutFile $markdown | Out-Null

        $design | Should -BeOfType ([TeamForge.TeamDesign])
        Get-Content $html -Raw | Should -BeLike '<!DOCTYPE html>*<h2*Roadmap</h2>*'
        (Get-Content $json -Raw | ConvertFrom-Json).schemaVersion | Should -Be '1'
        Get-Content $markdown -Raw | Should -BeExactly $design.Markdown
    }

    It 'lets -Format override the extension' {
        $file = Join-Path $TestDrive 'design.md'
        $Results | Merge-TeamDesign -OutFile $file -Format Json | Out-Null
        { Get-Content $file -Raw | ConvertFrom-Json } | Should -Not -Throw
    }

    It 'writes the text to the pipeline when -Format comes without -OutFile' {
        $text = $Results | Merge-TeamDesign -Format Html
        $text | Should -BeOfType ([string])
        $text | Should -BeLike '<!DOCTYPE html>*'
        ($Results | Merge-TeamDesign -Format Markdown) |
            Should -BeExactly ($Results | Merge-TeamDesign).Markdown
    }

    It 'gives JSON that reads back into the same design' {
        $json = $Results | Merge-TeamDesign -Format Json
        $again = [TeamForge.TeamDesign]::FromJson($json)
        $again.ToJson() | Should -BeExactly $json
        $again.Roadmap.Count | Should -BeGreaterThan 0
        $again.Sections.Count | Should -Be 5
    }

    It 'ships the JSON schema, which names every property of the JSON' {
        $schemaFile = Get-ChildItem (Split-Path $ModuleManifest) -Recurse `
            -Filter 'design.schema.json'
        $schemaFile | Should -Not -BeNullOrEmpty
        $schema = Get-Content $schemaFile.FullName -Raw | ConvertFrom-Json
        $json = $Results | Merge-TeamDesign -Format Json | ConvertFrom-Json
        foreach ($name in $json.PSObject.Properties.Name) {
            $schema.properties.PSObject.Properties.Name | Should -Contain $name
        }
    }
}
