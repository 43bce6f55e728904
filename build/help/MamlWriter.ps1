# Writes the MAML file Get-HelpMetadata's facts and Read-HelpSource's words make together:
# one command:command per cmdlet, in the layout PowerShell's help system reads.

$script:Maml = 'http://schemas.microsoft.com/maml/2004/10'
$script:MamlCommand = 'http://schemas.microsoft.com/maml/dev/command/2004/10'
$script:MamlDev = 'http://schemas.microsoft.com/maml/dev/2004/10'

function Write-MamlHelp {
    param(
        [Parameter(Mandatory)] [object[]] $Commands,
        [Parameter(Mandatory)] [string] $Path
    )

    $settings = [System.Xml.XmlWriterSettings]::new()
    $settings.Indent = $true
    $settings.Encoding = [System.Text.UTF8Encoding]::new($false)
    $writer = [System.Xml.XmlWriter]::Create($Path, $settings)
    try {
        $writer.WriteStartDocument()
        $writer.WriteStartElement('helpItems', 'http://msh')
        $writer.WriteAttributeString('schema', 'maml')
        foreach ($command in $Commands) {
            Write-MamlCommand $writer $command.Metadata $command.Source
        }
        $writer.WriteEndElement()
        $writer.WriteEndDocument()
    }
    finally {
        $writer.Dispose()
    }
}

function Write-MamlCommand {
    param($Writer, $Metadata, $Source)

    $Writer.WriteStartElement('command', 'command', $MamlCommand)
    $Writer.WriteAttributeString('xmlns', 'maml', $null, $Maml)
    $Writer.WriteAttributeString('xmlns', 'dev', $null, $MamlDev)

    $Writer.WriteStartElement('command', 'details', $MamlCommand)
    $Writer.WriteElementString('command', 'name', $MamlCommand, $Metadata.Name)
    $Writer.WriteElementString('command', 'verb', $MamlCommand, $Metadata.Verb)
    $Writer.WriteElementString('command', 'noun', $MamlCommand, $Metadata.Noun)
    Write-MamlDescription $Writer $Source.Synopsis
    $Writer.WriteEndElement()

    Write-MamlDescription $Writer $Source.Description

    $Writer.WriteStartElement('command', 'syntax', $MamlCommand)
    foreach ($set in $Metadata.Syntax) {
        $Writer.WriteStartElement('command', 'syntaxItem', $MamlCommand)
        $Writer.WriteElementString('maml', 'name', $Maml, $Metadata.Name)
        foreach ($member in $set.Parameters) {
            $facts = $Metadata.Parameters[$member.Name]
            $usage = @{
                Required = $member.IsMandatory.ToString().ToLowerInvariant()
                Position = Format-Position $member.Position
                Pipeline = Format-PipelineInput @($member)
            }
            Write-MamlParameter $Writer $facts $usage $Source.Parameters[$member.Name] -InSyntax
        }
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()

    $Writer.WriteStartElement('command', 'parameters', $MamlCommand)
    foreach ($facts in $Metadata.Parameters.Values) {
        $usage = Get-ParameterUsage $facts
        Write-MamlParameter $Writer $facts $usage $Source.Parameters[$facts.Name]
    }
    $Writer.WriteEndElement()

    Write-MamlTypes $Writer 'inputTypes' 'inputType' $Metadata.Inputs $Source.Inputs
    Write-MamlTypes $Writer 'returnValues' 'returnValue' $Metadata.Outputs $Source.Outputs

    if ($Source.Notes) {
        $Writer.WriteStartElement('maml', 'alertSet', $Maml)
        $Writer.WriteStartElement('maml', 'alert', $Maml)
        Write-MamlParagraphs $Writer $Source.Notes
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
    }

    Write-MamlExamples $Writer $Source.Examples
    Write-MamlLinks $Writer $Source.RelatedLinks

    $Writer.WriteEndElement()
}

function Write-MamlParameter {
    param($Writer, $Facts, $Usage, $Paragraphs, [switch] $InSyntax)

    # An optional value type (int?, double?) is shown as the type it holds.
    $type = $Facts.Type
    $held = [Nullable]::GetUnderlyingType($type)
    if ($held) {
        $type = $held
    }
    $isSwitch = $type -eq [System.Management.Automation.SwitchParameter]
    $aliases = if ($Facts.Aliases.Count -gt 0) { $Facts.Aliases -join ', ' } else { 'none' }

    $Writer.WriteStartElement('command', 'parameter', $MamlCommand)
    $Writer.WriteAttributeString('required', $Usage.Required)
    $Writer.WriteAttributeString('variableLength', $type.IsArray.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('globbing', $Facts.Globbing.ToString().ToLowerInvariant())
    $Writer.WriteAttributeString('pipelineInput', $Usage.Pipeline)
    $Writer.WriteAttributeString('position', $Usage.Position)
    $Writer.WriteAttributeString('aliases', $aliases)
    $Writer.WriteElementString('maml', 'name', $Maml, $Facts.Name)
    Write-MamlDescription $Writer $Paragraphs

    # A switch takes no value on the command line, so its syntax line shows none.
    if (-not ($InSyntax -and $isSwitch)) {
        $Writer.WriteStartElement('command', 'parameterValue', $MamlCommand)
        $Writer.WriteAttributeString('required', (-not $isSwitch).ToString().ToLowerInvariant())
        $Writer.WriteAttributeString('variableLength', 'false')
        $Writer.WriteString($type.Name)
        $Writer.WriteEndElement()
    }

    $Writer.WriteStartElement('dev', 'type', $MamlDev)
    $Writer.WriteElementString('maml', 'name', $Maml, $type.FullName)
    $Writer.WriteElementString('maml', 'uri', $Maml, '')
    $Writer.WriteEndElement()
    $Writer.WriteElementString('dev', 'defaultValue', $MamlDev, $Facts.Default)
    $Writer.WriteEndElement()
}

# One answer per parameter for the parameters list: when its parameter sets disagree on
# being required or on the position, the answer names the sets.
function Get-ParameterUsage {
    param($Facts)

    $members = @($Facts.Sets | ForEach-Object Member)
    @{
        Required = Join-BySet $Facts.Sets { $args[0].IsMandatory.ToString().ToLowerInvariant() }
        Position = Join-BySet $Facts.Sets { Format-Position $args[0].Position }
        Pipeline = Format-PipelineInput $members
    }
}

function Join-BySet {
    param($Sets, [scriptblock] $Answer)

    $groups = $Sets | Group-Object { & $Answer $_.Member }
    if (@($groups).Count -eq 1) {
        return $groups.Name
    }
    ($groups | ForEach-Object { "$($_.Name) ($($_.Group.Set -join ', '))" }) -join '; '
}

function Format-Position {
    param([int] $Position)

    if ($Position -lt 0) { 'named' } else { "$Position" }
}

function Format-PipelineInput {
    param($Members)

    $ways = @(
        if ($Members | Where-Object ValueFromPipeline) { 'ByValue' }
        if ($Members | Where-Object ValueFromPipelineByPropertyName) { 'ByPropertyName' }
    )
    if ($ways.Count -eq 0) { 'False' } else { "True ($($ways -join ', '))" }
}

function Write-MamlTypes {
    param($Writer, [string] $ListName, [string] $ItemName, [string[]] $TypeNames, $Texts)

    $Writer.WriteStartElement('command', $ListName, $MamlCommand)
    foreach ($name in $TypeNames) {
        $Writer.WriteStartElement('command', $ItemName, $MamlCommand)
        $Writer.WriteStartElement('dev', 'type', $MamlDev)
        $Writer.WriteElementString('maml', 'name', $Maml, $name)
        $Writer.WriteEndElement()
        Write-MamlDescription $Writer $Texts[$name]
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlExamples {
    param($Writer, $Examples)

    $Writer.WriteStartElement('command', 'examples', $MamlCommand)
    $number = 1
    foreach ($example in $Examples) {
        $Writer.WriteStartElement('command', 'example', $MamlCommand)
        $title = "--- Example ${number}: $($example.Title) ---"
        $Writer.WriteElementString('maml', 'title', $Maml, $title)
        $Writer.WriteElementString('dev', 'code', $MamlDev, $example.Code)
        # The empty paragraph keeps a blank line between one example and the next title.
        $Writer.WriteStartElement('dev', 'remarks', $MamlDev)
        Write-MamlParagraphs $Writer (@($example.Remarks) + '')
        $Writer.WriteEndElement()
        $Writer.WriteEndElement()
        $number++
    }
    $Writer.WriteEndElement()
}

function Write-MamlLinks {
    param($Writer, $Links)

    $Writer.WriteStartElement('command', 'relatedLinks', $MamlCommand)
    foreach ($link in $Links) {
        $Writer.WriteStartElement('maml', 'navigationLink', $Maml)
        $Writer.WriteElementString('maml', 'linkText', $Maml, $link.Text)
        $Writer.WriteElementString('maml', 'uri', $Maml, $link.Uri)
        $Writer.WriteEndElement()
    }
    $Writer.WriteEndElement()
}

function Write-MamlDescription {
    param($Writer, $Paragraphs)

    $Writer.WriteStartElement('maml', 'description', $Maml)
    Write-MamlParagraphs $Writer $Paragraphs
    $Writer.WriteEndElement()
}

function Write-MamlParagraphs {
    param($Writer, $Paragraphs)

    foreach ($paragraph in $Paragraphs) {
        $Writer.WriteElementString('maml', 'para', $Maml, $paragraph)
    }
}
