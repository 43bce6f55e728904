# Checks one cmdlet's help source against the cmdlet itself. Each problem names the cmdlet
# and what lacks words (a parameter, an input or output type, an example), or the file
# and line of a section that names something the cmdlet does not have.

function Test-HelpSource {
    param($Source, $Metadata, [string[]] $AboutTopics)

    $name = $Metadata.Name
    $file = $Source.Path
    $Source.Problems

    if ($Source.Title -ne $name) {
        "${file}: the title must be '# $name', not '# $($Source.Title)'"
    }

    if (-not (Test-HelpText $Source.Synopsis)) {
        "${name}: the cmdlet has no synopsis (## Synopsis in $file)"
    }
    elseif (@($Source.Synopsis).Count -gt 1) {
        "${file}:$($Source.Lines['Synopsis']): the synopsis is one paragraph"
    }
    if (-not (Test-HelpText $Source.Description)) {
        "${name}: the cmdlet has no description (## Description in $file)"
    }

    foreach ($parameter in $Metadata.Parameters.Keys) {
        if (-not (Test-HelpText $Source.Parameters[$parameter])) {
            "${name}: the parameter -$parameter has no help text (### -$parameter under " +
            "## Parameters in $file)"
        }
    }
    foreach ($parameter in $Source.Parameters.Keys) {
        if (-not $Metadata.Parameters.Contains($parameter)) {
            $line = $Source.Lines["Parameters/$parameter"]
            "${file}:${line}: '### -$parameter' documents a parameter $name does not have"
        }
    }

    Test-TypeTexts $Source 'Inputs' $Metadata.Inputs $name
    Test-TypeTexts $Source 'Outputs' $Metadata.Outputs $name

    if ($Source.Examples.Count -lt 2) {
        "${name}: the cmdlet has $($Source.Examples.Count) example(s); it needs at least two " +
        "(## Examples in $file)"
    }
    foreach ($example in $Source.Examples) {
        if ([string]::IsNullOrWhiteSpace($example.Code)) {
            "${file}:$($example.Line): example '$($example.Title)' has no code block"
        }
        if (-not (Test-HelpText $example.Remarks)) {
            "${file}:$($example.Line): example '$($example.Title)' does not say what it does"
        }
    }

    foreach ($link in $Source.RelatedLinks) {
        $known = $link.Uri -or $link.Text -in $AboutTopics -or
            (Get-Command $link.Text -ErrorAction Ignore)
        if (-not $known) {
            "${file}:$($link.Line): the related link '$($link.Text)' is neither a command, " +
            "an about topic of the module nor a link with an address"
        }
    }
}

# The types come from the cmdlet; the source gives each one its words, and names no other.
function Test-TypeTexts {
    param($Source, [string] $Section, [string[]] $Types, [string] $Name)

    $file = $Source.Path
    $texts = $Source[$Section]
    foreach ($type in $Types) {
        if (-not (Test-HelpText $texts[$type])) {
            "${Name}: the type $type has no help text (### $type under ## $Section in $file)"
        }
    }
    foreach ($type in $texts.Keys) {
        if ($type -notin $Types) {
            $line = $Source.Lines["$Section/$type"]
            "${file}:${line}: '### $type' under ## $Section is not among the cmdlet's " +
            "$($Section.ToLowerInvariant()) ($($Types -join ', '))"
        }
    }
}

function Test-HelpText {
    param($Paragraphs)

    [bool] (@($Paragraphs) | Where-Object { -not [string]::IsNullOrWhiteSpace($_) })
}
