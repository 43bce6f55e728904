namespace TeamForge.Parsing
{
    /// <summary>The stable codes of what reading a definition file can find.</summary>
    public static class ParseCodes
    {
        public const string FileNotFound = "TF1001";

        public const string NoFrontMatter = "TF1002";

        public const string FrontMatterYaml = "TF1003";

        public const string ConfigNotClosed = "TF1004";

        public const string ConfigYaml = "TF1005";

        public const string NotADefinition = "TF1006";

        public const string RequiredFieldMissing = "TF1007";

        public const string ConfigDisagrees = "TF1008";

        public const string ConfigTeamMissing = "TF1009";

        public const string TaskWithoutName = "TF1010";
    }
}
