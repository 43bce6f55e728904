namespace TeamForge.Parsing
{
    /// <summary>The name a definition must have, else the one its file name gives.</summary>
    internal static class RequiredName
    {
        /// <summary>
        /// Returns <paramref name="name"/>, or the id the file name gives with a warning,
        /// or null with an error when there is neither.
        /// </summary>
        public static string Resolve(
            string name, DefinitionDocument document, string kind, DiagnosticBag bag)
        {
            if (name != null)
            {
                return name;
            }

            var line = document.FrontMatter.Line;
            var fromFile = DefinitionFiles.IdFromPath(document.Path);
            if (fromFile == null)
            {
                bag.Error(
                    ParseCodes.RequiredFieldMissing, line,
                    $"the {kind} has no 'name' in its front matter");
                return null;
            }

            bag.Warning(
                ParseCodes.RequiredFieldMissing, line,
                $"the {kind} has no 'name' in its front matter; using '{fromFile}' " +
                "from the file name");
            return fromFile;
        }
    }
}
