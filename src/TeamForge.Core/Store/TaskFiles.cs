using System;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TeamForge.Store
{
    /// <summary>
    /// A task's two files under tasks/: its output as the provider gave it, and its result,
    /// which records the SHA-256 of the output bytes so that a read can tell an edit.
    /// </summary>
    internal static class TaskFiles
    {
        private const string OutputHash = "outputSha256";

        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>
        /// Writes so that a kill at any point leaves the task either finished, with its
        /// output, or not finished: never a result beside an output that is not its own.
        /// </summary>
        public static void Write(StoreFiles files, string runFolder, TaskResult result)
        {
            var resultPath = RunLayout.Result(runFolder, result.TaskName);
            var outputPath = RunLayout.Output(runFolder, result.TaskName);

            // A result being replaced goes first; until the new one is down the task reads
            // as not finished, which is true.
            if (File.Exists(resultPath))
            {
                files.Delete(resultPath);
            }

            string hash = null;
            if (result.Output != null)
            {
                // Limitation: a lone surrogate in the output cannot be written as UTF-8; it
                // is stored, and so read back, as U+FFFD.
                var bytes = Utf8.GetBytes(result.Output);
                files.WriteAtomic(outputPath, bytes);
                hash = Sha256.Of(bytes);
            }
            else if (File.Exists(outputPath))
            {
                files.Delete(outputPath);
            }

            var node = JsonSerializer.SerializeToNode(result, StoreJson.Indented).AsObject();
            node[OutputHash] = hash;
            var json = node.ToJsonString(StoreJson.Indented) + "\n";
            files.WriteAtomic(resultPath, Utf8.GetBytes(json));
        }

        /// <summary>
        /// The task's result with its output, or null when the task has no whole result: no
        /// file, a file that is not a result of this task, or an output file gone missing.
        /// </summary>
        public static TaskResult Read(string runFolder, string task)
        {
            var result = ReadResult(RunLayout.Result(runFolder, task), out var hash);
            if (result == null || result.TaskName != task)
            {
                return null;
            }

            if (hash == null)
            {
                return result;
            }

            var output = ReadBytes(RunLayout.Output(runFolder, task));
            if (output == null)
            {
                return null;
            }

            if (Sha256.Of(output) == hash)
            {
                result.Output = Utf8.GetString(output);
            }
            else
            {
                result.Output = Edited(output);
                result.OutputEdited = true;
            }

            return result;
        }

        private static TaskResult ReadResult(string path, out string hash)
        {
            hash = null;
            var bytes = ReadBytes(path);
            if (bytes == null)
            {
                return null;
            }

            try
            {
                if (!(JsonNode.Parse(Utf8.GetString(bytes)) is JsonObject node))
                {
                    return null;
                }

                if (node[OutputHash] is JsonValue value && value.TryGetValue(out string text))
                {
                    hash = text;
                }

                node.Remove(OutputHash);
                return node.Deserialize<TaskResult>(StoreJson.Indented);
            }
            catch (Exception error) when (StoreJson.IsBadData(error))
            {
                return null;
            }
        }

        /// <summary>An edited output's text, less the byte-order mark some editors add.</summary>
        private static string Edited(byte[] output)
        {
            var text = Utf8.GetString(output);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }

        // Limitation: on Windows a read that meets a replace under way may fail with an
        // IOException; it is thrown rather than read as missing, which would have a resumed
        // run pay for the task again. Reading again succeeds.
        private static byte[] ReadBytes(string path)
        {
            try
            {
                return File.ReadAllBytes(path);
            }
            catch (Exception error) when (error is FileNotFoundException
                || error is DirectoryNotFoundException)
            {
                return null;
            }
        }
    }
}
