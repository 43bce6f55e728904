namespace TeamForge.Tests.Models
{
    public sealed class AzureOpenAIChatFailureTests : ChatFailureTests
    {
        protected override string Wire => "Azure OpenAI";
    }
}
