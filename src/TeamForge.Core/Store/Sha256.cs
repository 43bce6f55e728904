using System.IO;
using System.Security.Cryptography;
using System.Text;

namespace TeamForge.Store
{
    internal static class Sha256
    {
        public static string Of(byte[] bytes)
        {
            using (var sha = SHA256.Create())
            {
                return Hex(sha.ComputeHash(bytes));
            }
        }

        public static string OfFile(string path)
        {
            using (var sha = SHA256.Create())
            using (var stream = File.OpenRead(path))
            {
                return Hex(sha.ComputeHash(stream));
            }
        }

        private static string Hex(byte[] hash)
        {
            var text = new StringBuilder(hash.Length * 2);
            foreach (var value in hash)
            {
                text.Append(value.ToString("x2"));
            }

            return text.ToString();
        }
    }
}
