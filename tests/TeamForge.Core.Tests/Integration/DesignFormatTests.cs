using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TeamForge.Integration;

namespace TeamForge.Tests.Integration
{
    /// <summary>
    /// A design as JSON in its shipped schema, read back whole, and as one HTML page that
    /// needs nothing else.
    /// </summary>
    public class DesignFormatTests
    {
        [Fact]
        public void Json_reads_back_into_the_same_design()
        {
            var design = DesignComposer.Compose(BakeryResults.Run());

            var json = design.ToJson();
            var read = TeamDesign.FromJson(json);

            Assert.Equal(json, read.ToJson());
            Assert.Equal(design.Markdown, read.Markdown);
            Assert.Equal(design.Sections.Select(s => (s.Title, s.Status, s.Text)),
                read.Sections.Select(s => (s.Title, s.Status, s.Text)));
            Assert.Equal(design.Roadmap.SelectMany(p => p.Items),
                read.Roadmap.SelectMany(p => p.Items));
            Assert.Equal(design.Timeline.Select(t => (t.Start, t.Duration)),
                read.Timeline.Select(t => (t.Start, t.Duration)));
        }

        [Fact]
        public void Json_names_its_schema_version_and_statuses_by_name()
        {
            var results = BakeryResults.Run();
            results[0].Status = TaskResultStatus.Failed;
            results[0].Error = "The oven broke.";
            var design = DesignComposer.Compose(results);

            using (var document = JsonDocument.Parse(design.ToJson()))
            {
                var root = document.RootElement;
                Assert.Equal(DesignJson.SchemaVersion,
                    root.GetProperty("schemaVersion").GetString());
                Assert.Equal("bakery", root.GetProperty("team").GetString());
                var statuses = root.GetProperty("sections").EnumerateArray()
                    .Select(s => s.GetProperty("status").GetString());
                Assert.Equal("Failed", statuses.First());
                Assert.Contains("Succeeded", statuses);
            }
        }

        [Fact]
        public void The_json_holds_only_properties_of_the_shipped_schema_and_all_it_requires()
        {
            var design = DesignComposer.Compose(BakeryResults.Run());
            var schema = Schema();

            using (var document = JsonDocument.Parse(design.ToJson()))
            {
                AssertFits(document.RootElement, schema, "design");
                AssertFits(document.RootElement.GetProperty("sections")[0],
                    Items(schema, "sections"), "section");
                AssertFits(document.RootElement.GetProperty("roadmap")[0],
                    Items(schema, "roadmap"), "roadmap phase");
                AssertFits(document.RootElement.GetProperty("timeline")[0],
                    Items(schema, "timeline"), "timeline entry");
            }
        }

        [Theory]
        [InlineData("", "cannot be read at line 1")]
        [InlineData("{\"team\": \"x\"}", "no 'schemaVersion'")]
        [InlineData("{\"schemaVersion\": \"9\"}", "schema version '9'")]
        [InlineData("{\"schemaVersion\": \"1\",\n \"sections\": 5}", "at line 2")]
        public void Text_that_is_not_a_design_says_what_is_wrong(string json, string says)
        {
            var error = Assert.Throws<FormatException>(() => TeamDesign.FromJson(json));

            Assert.Contains(says, error.Message);
        }

        [Fact]
        public void Html_is_one_page_with_the_designs_headings_and_nothing_fetched()
        {
            var design = DesignComposer.Compose(BakeryResults.Run());

            var html = design.ToHtml();

            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<title>bakery design</title>", html);
            Assert.Contains("<style>", html);
            foreach (var heading in design.Markdown.Split('\n').Where(l => l.StartsWith("## ")))
            {
                var text = System.Net.WebUtility.HtmlEncode(heading.Substring(3).Trim());
                Assert.Contains($">{text}</h2>", html);
            }

            Assert.DoesNotContain("<script", html);
            Assert.DoesNotContain(" src=", html);
            Assert.DoesNotContain("<link", html);
        }

        [Fact]
        public void Html_in_a_task_output_is_shown_as_text_not_run()
        {
            var results = BakeryResults.Run();
            results[0].Output += "\n\n<script>alert('x')</script>\n";

            var html = DesignComposer.Compose(results).ToHtml();

            Assert.DoesNotContain("<script", html);
            Assert.Contains("&lt;script&gt;", html);
        }

        [Fact]
        public void Html_keeps_no_script_link_nor_remote_image_from_a_task_output()
        {
            var results = BakeryResults.Run();
            results[0].Output += "\n\n[click](javascript:alert(1)) [docs](https://example.com/d) "
                + "![tracker](https://example.com/t.png) [mail](mailto:team@example.com)\n";

            var html = DesignComposer.Compose(results).ToHtml();

            Assert.DoesNotContain("javascript:", html);
            Assert.DoesNotContain("https://example.com/t.png", html);
            Assert.Contains("href=\"https://example.com/d\"", html);
            Assert.Contains("href=\"mailto:team@example.com\"", html);
            Assert.Contains("Content-Security-Policy", html);
            Assert.Contains("default-src 'none'", html);
        }

        private static JsonElement Schema()
        {
            var path = Path.Combine(Playbook.TeamRuns.RepositoryRoot(),
                "module", "schemas", "design.schema.json");
            using (var document = JsonDocument.Parse(File.ReadAllText(path)))
            {
                return document.RootElement.Clone();
            }
        }

        private static JsonElement Items(JsonElement schema, string property)
        {
            return schema.GetProperty("properties").GetProperty(property).GetProperty("items");
        }

        private static void AssertFits(JsonElement value, JsonElement schema, string what)
        {
            var known = schema.GetProperty("properties").EnumerateObject()
                .Select(p => p.Name).ToList();
            foreach (var property in value.EnumerateObject())
            {
                Assert.True(known.Contains(property.Name),
                    $"The {what}'s '{property.Name}' is not in the schema.");
            }

            foreach (var required in schema.GetProperty("required").EnumerateArray())
            {
                Assert.True(value.TryGetProperty(required.GetString(), out _),
                    $"The {what} lacks '{required.GetString()}', which the schema requires.");
            }
        }
    }
}
