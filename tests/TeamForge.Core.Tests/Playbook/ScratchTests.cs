using System.IO;
using System.Linq;
using System.Text;
using TeamForge.Execution;

namespace TeamForge.Tests.Playbook
{
    public class ScratchTests
    {
        [Fact]
        public void Dump()
        {
            var library = AlmanacTestReader.LoadLibrary(
                "devops-engineer", "mlops-engineer", "security-analyst", "senior-software-developer");
            var team = AlmanacTestReader.ReadTeam("devops-platform-engineering");
            var text = new StringBuilder();
            var inputs = new System.Collections.Generic.List<TaskInput>();
            foreach (var task in team.Tasks)
            {
                var context = PlaybookContexts.For(team, library, task.Name, task.BlockedBy.Length > 0 ? inputs : null);
                text.AppendLine("=================== " + task.Name);
                var output = new PlaybookProvider().Write(context);
                inputs.Add(PlaybookContexts.InputFrom(context, output));
                text.AppendLine(output);
            }

            File.WriteAllText("/tmp/scratch.md", text.ToString());
        }
    }
}
