namespace TeamForge.Tests.Models
{
    public sealed class OpenAIChatFailureTests : ChatFailureTests
    {
        protected override string Wire => "OpenAI";
    }
}
