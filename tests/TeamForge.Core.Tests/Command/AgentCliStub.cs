using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Command
{
    /// <summary>
    /// A program that stands in for an agent CLI: each call records its arguments, its
    /// standard input and the file a --system-prompt-file= argument names, then prints an
    /// answer.
    /// </summary>
    internal sealed class AgentCliStub : IDisposable
    {
        public const string Answer = "answer from the stub";

        private readonly TempFolder folder = new TempFolder();

        public AgentCliStub()
        {
            var calls = Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "calls"));
            Path = folder.Write("agent-cli", "#!/bin/sh\n" +
                $"out='{calls.FullName}'/$$\n" +
                "for a in \"$@\"; do printf '%s\\0' \"$a\"; done > \"$out.args\"\n" +
                "for a in \"$@\"; do case \"$a\" in --system-prompt-file=*) " +
                "cat \"${a#--system-prompt-file=}\" > \"$out.system\";; esac; done\n" +
                "cat > \"$out.in\"\n" +
                $"echo '{Answer}'\n");
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite
                | UnixFileMode.UserExecute);
            RunFolder = Directory.CreateDirectory(
                System.IO.Path.Combine(folder.Path, "run")).FullName;
        }

        /// <summary>The stub's executable.</summary>
        public string Path { get; }

        /// <summary>A folder for the run to use as its own.</summary>
        public string RunFolder { get; }

        /// <summary>Every call so far: its arguments, input and system prompt file.</summary>
        public IReadOnlyList<StubCall> Calls()
        {
            var calls = System.IO.Path.Combine(folder.Path, "calls");
            return Directory.EnumerateFiles(calls, "*.args")
                .Select(file => file.Substring(0, file.Length - ".args".Length))
                .Select(Read)
                .ToList();
        }

        /// <summary>The call whose input is the prompt of the named task.</summary>
        public StubCall CallFor(string task)
        {
            return Calls().Single(call => call.Input.Contains($"# Your task: {task}\n"));
        }

        public void Dispose() => folder.Dispose();

        private static StubCall Read(string stem)
        {
            var argv = File.ReadAllText(stem + ".args", Encoding.UTF8).Split('\0');
            var system = stem + ".system";
            return new StubCall(
                argv.Take(argv.Length - 1).ToArray(),
                File.ReadAllText(stem + ".in", Encoding.UTF8),
                File.Exists(system) ? File.ReadAllText(system, Encoding.UTF8) : null);
        }
    }
}
