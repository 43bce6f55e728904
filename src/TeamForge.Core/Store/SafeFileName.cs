using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace TeamForge.Store
{
    /// <summary>
    /// Turns a task name or a run id into a file name that is safe on Windows, macOS and
    /// Linux and unique among all names, case-insensitive file systems included.
    /// </summary>
    /// <remarks>
    /// A name made only of [a-z0-9._-], not starting or ending with a dot, at most
    /// <see cref="MaxLength"/> long and not a reserved Windows device name stays as it is.
    /// Any other name keeps its safe characters (lowered), has the rest replaced by '_', is
    /// cut to fit, and ends in '~' and a hash of the whole original name. An unchanged name
    /// never holds '~', so it cannot meet a changed one; two changed names differ in their
    /// hash.
    /// </remarks>
    public static class SafeFileName
    {
        public const int MaxLength = 80;

        private const int HashLength = 16;

        private static readonly string[] DeviceNames =
        {
            "con", "prn", "aux", "nul",
            "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
        };

        public static string For(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            if (IsSafe(name))
            {
                return name;
            }

            var kept = new StringBuilder(name.Length);
            foreach (var character in name.ToLowerInvariant())
            {
                kept.Append(IsSafeCharacter(character) ? character : '_');
            }

            var stem = kept.ToString();
            var room = MaxLength - HashLength - 1;
            if (stem.Length > room)
            {
                stem = stem.Substring(0, room);
            }

            // A leading dot would hide the file; a device name before the first dot would
            // still name the device on Windows once an extension follows.
            if (stem.StartsWith(".", StringComparison.Ordinal) || IsDevice(stem))
            {
                stem = "_" + stem.Substring(0, Math.Min(stem.Length, room - 1));
            }

            return stem + "~" + Hash(name);
        }

        private static bool IsSafe(string name)
        {
            return name.Length > 0
                && name.Length <= MaxLength
                && name.All(IsSafeCharacter)
                && name[0] != '.'
                && name[name.Length - 1] != '.'
                && !IsDevice(name);
        }

        private static bool IsSafeCharacter(char character)
        {
            return (character >= 'a' && character <= 'z')
                || (character >= '0' && character <= '9')
                || character == '.' || character == '_' || character == '-';
        }

        private static bool IsDevice(string name)
        {
            var dot = name.IndexOf('.');
            var stem = dot < 0 ? name : name.Substring(0, dot);
            return DeviceNames.Contains(stem);
        }

        /// <summary>
        /// Hashes the name's UTF-16 code units, not an encoding of them: encoders replace a
        /// lone surrogate, which would give two different names the same hash.
        /// </summary>
        private static string Hash(string name)
        {
            var units = new byte[name.Length * 2];
            for (var index = 0; index < name.Length; index++)
            {
                units[2 * index] = (byte)name[index];
                units[(2 * index) + 1] = (byte)(name[index] >> 8);
            }

            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(units);
                var text = new StringBuilder(HashLength);
                foreach (var value in hash.Take(HashLength / 2))
                {
                    text.Append(value.ToString("x2"));
                }

                return text.ToString();
            }
        }
    }
}
