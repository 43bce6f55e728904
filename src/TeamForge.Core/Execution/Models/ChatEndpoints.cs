using System;

namespace TeamForge.Execution
{
    /// <summary>What every chat provider's factory checks of its address and its key.</summary>
    internal static class ChatEndpoints
    {
        public static void Check(Uri baseUri, string example)
        {
            if (baseUri == null || !baseUri.IsAbsoluteUri
                || (baseUri.Scheme != Uri.UriSchemeHttp && baseUri.Scheme != Uri.UriSchemeHttps))
            {
                throw new ArgumentException(
                    "The base address must be an absolute http or https address, such as "
                    + $"{example}.");
            }
        }

        /// <summary>Blanks the key out of a server's words, should it echo it back.</summary>
        public static string Blank(string text, string key)
        {
            if (string.IsNullOrEmpty(text) || key == null || key == OpenAIChat.NoKey
                || key.Length < 4)
            {
                return text;
            }

            return text.Replace(key, "***");
        }
    }
}
