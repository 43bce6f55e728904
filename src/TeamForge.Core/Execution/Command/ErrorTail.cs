using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>The last few kilobytes of a command's standard error, line by line.</summary>
    internal sealed class ErrorTail
    {
        private readonly Queue<string> lines = new Queue<string>();

        private readonly int limit;

        private int length;

        private bool isCut;

        /// <summary>At most limit characters are kept, line ends included.</summary>
        public ErrorTail(int limit)
        {
            this.limit = limit;
        }

        /// <summary>True once an early part was dropped to keep to the limit.</summary>
        public bool IsCut
        {
            get
            {
                lock (lines)
                {
                    return isCut;
                }
            }
        }

        /// <summary>True when the command wrote nothing but white space.</summary>
        public bool IsEmpty
        {
            get
            {
                lock (lines)
                {
                    return lines.All(string.IsNullOrWhiteSpace);
                }
            }
        }

        public void Add(string line)
        {
            lock (lines)
            {
                if (line.Length > limit)
                {
                    line = line.Substring(line.Length - limit);
                    isCut = true;
                }

                lines.Enqueue(line);
                length += line.Length + 1;
                while (length > limit + 1 && lines.Count > 1)
                {
                    length -= lines.Dequeue().Length + 1;
                    isCut = true;
                }
            }
        }

        public override string ToString()
        {
            lock (lines)
            {
                return string.Join("\n", lines.ToArray()).TrimEnd();
            }
        }
    }
}
