# Reads one cmdlet's help source, module/help/<Cmdlet>.md, into a hashtable. The structure is
# described in module/help/README.md; what does not fit it is collected as a problem, with
# the file and line, rather than thrown, so that one build lists every mistake at once.

$script:SectionNames = [ordered]@{
    'synopsis'      = 'Synopsis'
    'description'   = 'Description'
    'parameters'    = 'Parameters'
    'inputs'        = 'Inputs'
    'outputs'       = 'Outputs'
    'examples'      = 'Examples'
    'notes'         = 'Notes'
    'related links' = 'RelatedLinks'
}

# Sections whose text sits under ### headings, one per parameter, type or example.
$script:KeyedSections = @('Parameters', 'Inputs', 'Outputs', 'Examples')

function Read-HelpSource {
    param([Parameter(Mandatory)] [string] $Path)

    $document = (ConvertFrom-Markdown -Path $Path).Tokens
    $help = @{
        Path         = $Path
        Title        = $null
        Synopsis     = $null
        Description  = $null
        Parameters   = [ordered]@{}
        Inputs       = [ordered]@{}
        Outputs      = [ordered]@{}
        Examples     = [System.Collections.Generic.List[hashtable]]::new()
        Notes        = $null
        RelatedLinks = [System.Collections.Generic.List[hashtable]]::new()
        Problems     = [System.Collections.Generic.List[string]]::new()
        Lines        = @{}
    }

    $section = $null
    $entry = $null
    foreach ($block in $document) {
        $line = $block.Line + 1
        if ($block -is [Markdig.Syntax.LinkReferenceDefinitionGroup]) {
            continue
        }

        if ($block -is [Markdig.Syntax.HeadingBlock]) {
            $text = (ConvertTo-HelpText $block.Inline).Trim()
            switch ($block.Level) {
                1 {
                    $help.Title = $text
                    $section = $null
                    $entry = $null
                }
                2 {
                    $section = $SectionNames[$text.ToLowerInvariant()]
                    $entry = $null
                    if (-not $section) {
                        Add-SourceProblem $help $line "unknown section '## $text'"
                    }
                    elseif ($help.Lines.ContainsKey($section)) {
                        Add-SourceProblem $help $line "the section '## $text' appears twice"
                        $section = $null
                    }
                    else {
                        $help.Lines[$section] = $line
                        if ($section -notin $KeyedSections -and $section -ne 'RelatedLinks') {
                            $help[$section] = [System.Collections.Generic.List[string]]::new()
                        }
                    }
                }
                3 {
                    $entry = New-SourceEntry $help $section $text $line
                }
                default {
                    Add-SourceProblem $help $line "headings go no deeper than ###"
                }
            }
            continue
        }

        if ($null -eq $section) {
            Add-SourceProblem $help $line 'text outside a section'
            continue
        }

        Add-SourceBlock $help $section $entry $block $line
    }

    $help
}

function New-SourceEntry {
    param($Help, $Section, [string] $Text, [int] $Line)

    if ($Section -notin $KeyedSections) {
        Add-SourceProblem $Help $Line "'### $Text' is not allowed in this section"
        return $null
    }

    if ($Section -eq 'Examples') {
        $example = @{
            Title   = $Text
            Code    = $null
            Remarks = [System.Collections.Generic.List[string]]::new()
            Line    = $Line
        }
        $Help.Examples.Add($example)
        return $example
    }

    $key = if ($Section -eq 'Parameters') { $Text -replace '^-', '' } else { $Text }
    if ($Section -eq 'Parameters' -and -not $Text.StartsWith('-')) {
        Add-SourceProblem $Help $Line "a parameter heading is written '### -$Text'"
    }
    if ($Help[$Section].Contains($key)) {
        Add-SourceProblem $Help $Line "'### $Text' appears twice"
        return $null
    }

    $paragraphs = [System.Collections.Generic.List[string]]::new()
    $Help[$Section][$key] = $paragraphs
    $Help.Lines["$Section/$key"] = $Line
    @{ Paragraphs = $paragraphs; Line = $Line }
}

function Add-SourceBlock {
    param($Help, $Section, $Entry, $Block, [int] $Line)

    if ($Section -eq 'RelatedLinks') {
        Add-RelatedLinks $Help $Block $Line
        return
    }

    if ($Section -in $KeyedSections) {
        if ($null -eq $Entry) {
            Add-SourceProblem $Help $Line "text in '## $Section' must sit under a ### heading"
            return
        }
        if ($Section -eq 'Examples') {
            Add-ExampleBlock $Help $Entry $Block $Line
            return
        }
        $target = $Entry.Paragraphs
    }
    else {
        $target = $Help[$Section]
    }

    foreach ($paragraph in ConvertTo-HelpParagraphs $Help $Block $Line) {
        $target.Add($paragraph)
    }
}

function Add-ExampleBlock {
    param($Help, $Example, $Block, [int] $Line)

    if ($Block -is [Markdig.Syntax.FencedCodeBlock]) {
        if ($null -ne $Example.Code) {
            Add-SourceProblem $Help $Line "example '$($Example.Title)' has a second code block"
            return
        }
        $Example.Code = ($Block.Lines.ToString() -replace '\r\n', "`n").TrimEnd()
        return
    }

    foreach ($paragraph in ConvertTo-HelpParagraphs $Help $Block $Line) {
        $Example.Remarks.Add($paragraph)
    }
}

function Add-RelatedLinks {
    param($Help, $Block, [int] $Line)

    if ($Block -isnot [Markdig.Syntax.ListBlock]) {
        Add-SourceProblem $Help $Line "'## Related links' holds one list of links"
        return
    }

    foreach ($item in $Block) {
        $paragraph = $item | Select-Object -First 1
        $link = $paragraph.Inline.FirstChild
        $uri = if ($link -is [Markdig.Syntax.Inlines.LinkInline]) { $link.Url } else { '' }
        $Help.RelatedLinks.Add(@{
            Text = (ConvertTo-HelpText $paragraph.Inline).Trim()
            Uri  = $uri
            Line = $item.Line + 1
        })
    }
}

# Each paragraph becomes one maml:para; each list item one para that starts with its
# marker, because Get-Help knows paragraphs only.
function ConvertTo-HelpParagraphs {
    param($Help, $Block, [int] $Line)

    if ($Block -is [Markdig.Syntax.ParagraphBlock]) {
        return (ConvertTo-HelpText $Block.Inline).Trim()
    }

    if ($Block -is [Markdig.Syntax.ListBlock]) {
        $number = 1
        foreach ($item in $Block) {
            $text = ($item | ForEach-Object {
                if ($_ -isnot [Markdig.Syntax.ParagraphBlock]) {
                    Add-SourceProblem $Help ($_.Line + 1) 'a list item holds paragraphs only'
                }
                ConvertTo-HelpText $_.Inline
            }) -join ' '
            $marker = if ($Block.IsOrdered) { "$number." } else { '-' }
            "$marker $($text.Trim())"
            $number++
        }
        return
    }

    if ($Block -is [Markdig.Syntax.FencedCodeBlock]) {
        $lines = ($Block.Lines.ToString() -replace '\r\n', "`n").TrimEnd() -split "`n"
        return ($lines | ForEach-Object { "    $_" }) -join "`n"
    }

    Add-SourceProblem $Help $Line "a $($Block.GetType().Name) cannot be turned into help text"
}

# Plain text of inline Markdown: help is read in a console, so markup is dropped and soft
# line breaks become spaces.
function ConvertTo-HelpText {
    param($Inline)

    if ($null -eq $Inline) {
        return ''
    }

    $text = [System.Text.StringBuilder]::new()
    foreach ($child in $Inline) {
        # Not a switch: a container inline is enumerable, and switch would walk into it.
        $part = if ($child -is [Markdig.Syntax.Inlines.LiteralInline]) {
            $child.Content.ToString()
        }
        elseif ($child -is [Markdig.Syntax.Inlines.CodeInline]) {
            $child.Content
        }
        elseif ($child -is [Markdig.Syntax.Inlines.AutolinkInline]) {
            $child.Url
        }
        elseif ($child -is [Markdig.Syntax.Inlines.HtmlEntityInline]) {
            $child.Transcoded.ToString()
        }
        elseif ($child -is [Markdig.Syntax.Inlines.LineBreakInline]) {
            if ($child.IsHard) { "`n" } else { ' ' }
        }
        elseif ($child -is [Markdig.Syntax.Inlines.ContainerInline]) {
            ConvertTo-HelpText $child
        }
        else {
            $child.ToString()
        }
        [void] $text.Append($part)
    }
    $text.ToString()
}

function Add-SourceProblem {
    param($Help, [int] $Line, [string] $Message)

    $Help.Problems.Add("$($Help.Path):${Line}: $Message")
}
