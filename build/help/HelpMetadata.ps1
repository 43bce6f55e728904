# What the compiled cmdlets say about themselves: parameter sets, types, positions, pipeline
# input, aliases, wildcards, defaults, input and output types. The help source only adds
# words to these facts, so they are never typed twice.

# -WhatIf and -Confirm are described like the cmdlet's own parameters, as PowerShell's own
# help does: what they do differs from one cmdlet to the next.
$script:CommonParameterNames = [System.Management.Automation.Cmdlet]::CommonParameters +
    @('UseTransaction')

function Get-HelpMetadata {
    param([Parameter(Mandatory)] [System.Management.Automation.CommandInfo] $Command)

    $defaults = Get-ParameterDefaults $Command
    $sets = @($Command.ParameterSets | Sort-Object { -not $_.IsDefault })
    $parameters = [ordered]@{}
    $syntax = foreach ($set in $sets) {
        $members = @($set.Parameters | Where-Object Name -NotIn $CommonParameterNames)
        foreach ($member in $members) {
            if (-not $parameters.Contains($member.Name)) {
                $parameters[$member.Name] = New-ParameterFacts $Command $member $defaults
            }
            $parameters[$member.Name].Sets.Add(@{ Set = $set.Name; Member = $member })
        }
        , @{ Name = $set.Name; Parameters = @(Sort-BySyntax $members) }
    }

    @{
        Name       = $Command.Name
        Verb       = $Command.Verb
        Noun       = $Command.Noun
        Syntax     = @($syntax)
        Parameters = $parameters
        Inputs     = @(Get-InputTypeNames $parameters.Values)
        Outputs    = @(Get-OutputTypeNames $Command)
    }
}

function New-ParameterFacts {
    param($Command, $Member, $Defaults)

    $attributes = $Command.Parameters[$Member.Name].Attributes
    @{
        Name     = $Member.Name
        Type     = $Member.ParameterType
        Aliases  = @($Member.Aliases)
        Globbing = [bool] ($attributes | Where-Object {
                $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
        Default  = $Defaults[$Member.Name]
        Sets     = [System.Collections.Generic.List[hashtable]]::new()
    }
}

# Positional parameters first, by position, then the others in the order the cmdlet
# declares them: the order PowerShell's own syntax lines use.
function Sort-BySyntax {
    param($Members)

    $positional = $Members | Where-Object Position -GE 0 | Sort-Object Position
    $named = $Members | Where-Object Position -LT 0
    @($positional) + @($named) | Where-Object { $_ }
}

# A parameter's default is what a new instance of the cmdlet holds before binding; a value
# that is the type's own zero (null, 0, false, an empty time span) means "none".
function Get-ParameterDefaults {
    param($Command)

    $defaults = @{}
    $instance = [Activator]::CreateInstance($Command.ImplementingType)
    foreach ($name in $Command.Parameters.Keys) {
        $property = $Command.ImplementingType.GetProperty($name)
        if ($null -eq $property -or $name -in $CommonParameterNames) {
            continue
        }
        $value = $property.GetValue($instance)
        $zero = if ($property.PropertyType.IsValueType) {
            [Activator]::CreateInstance($property.PropertyType)
        }
        $defaults[$name] = if ($value -is [System.Management.Automation.SwitchParameter]) {
            if ($value.IsPresent) { 'True' } else { 'False' }
        }
        elseif ($null -eq $value -or ($null -ne $zero -and $value.Equals($zero))) {
            'None'
        }
        else {
            "$value"
        }
    }
    $defaults
}

# The types a cmdlet takes from the pipeline: each element type of a parameter that
# accepts pipeline input, by value or by property name; None when no parameter does.
function Get-InputTypeNames {
    param($Parameters)

    $names = foreach ($parameter in $Parameters) {
        $piped = $parameter.Sets | Where-Object {
            $_.Member.ValueFromPipeline -or $_.Member.ValueFromPipelineByPropertyName
        }
        if ($piped) {
            $type = $parameter.Type
            if ($type.IsArray) {
                $type = $type.GetElementType()
            }
            $type.FullName
        }
    }
    $unique = @($names | Select-Object -Unique)
    if ($unique.Count -eq 0) { 'None' } else { $unique }
}

# An OutputType attribute names a type or only a type's name; either way the full name.
function Get-OutputTypeNames {
    param($Command)

    $names = foreach ($output in $Command.OutputType) {
        if ($output.Type) { $output.Type.FullName } else { $output.Name }
    }
    $names | Select-Object -Unique
}
