using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Tests.Parsing;

namespace TeamForge.Tests.Models
{
    /// <summary>The default price table, how models find their price, and tables given.</summary>
    public class PriceTableTests
    {
        [Fact]
        public void TheDefaultTablePricesEveryDefaultOpenAIModelAndSaysItsDate()
        {
            var table = PriceTable.Default;

            Assert.True(DateTime.TryParseExact(table.Date, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out _), table.Date);
            Assert.NotEmpty(table.Sources);
            foreach (var model in ChatModels.OpenAIDefaults.Values)
            {
                Assert.NotNull(table.Find(model));
            }

            var mini = table.Find("gpt-5-mini");
            Assert.Equal(0.25m, mini.Input);
            Assert.Equal(2.00m, mini.Output);
            Assert.Equal(0.025m, mini.CachedInput);
        }

        [Fact]
        public void TheDefaultTablePricesEachAnthropicFamily()
        {
            var table = PriceTable.Default;

            foreach (var model in new[] { "claude-opus-4-6", "claude-sonnet-4-5",
                "claude-haiku-4-5", "claude-3-5-haiku" })
            {
                var price = table.Find(model);
                Assert.NotNull(price);
                Assert.True(price.Output > price.Input, model);
                Assert.True(price.CachedInput < price.Input, model);
            }

            var opus = table.Find("claude-opus-4-6");
            var sonnet = table.Find("claude-sonnet-4-6");
            Assert.True(opus.Input > sonnet.Input);
            Assert.True(sonnet.Input > table.Find("claude-haiku-4-5").Input);
        }

        [Theory]
        [InlineData("gpt-5-mini-2025-08-07", "gpt-5-mini")]
        [InlineData("GPT-5-Nano", "gpt-5-nano")]
        [InlineData("gpt-5-2025-08-07", "gpt-5")]
        [InlineData("claude-sonnet-4-5-20250929", "claude-sonnet-4-5")]
        [InlineData("claude-3-5-haiku-latest", "claude-3-5-haiku")]
        public void ADatedModelIdFindsItsFamilyByTheLongestPrefix(string model, string family)
        {
            var table = PriceTable.Default;

            Assert.Same(table.Prices[family], table.Find(model));
        }

        [Theory]
        [InlineData("gpt-5-pro")]
        [InlineData("gpt-5.4")]
        [InlineData("claude-opus-4-7")]
        [InlineData("llama3.2")]
        [InlineData("")]
        public void AnotherModelWhoseNameStartsLikeAFamilyHasNoPrice(string model)
        {
            Assert.Null(PriceTable.Default.Find(model));
            Assert.Null(PriceTable.Default.CostOf(model, 1000, 1000, 0));
        }

        [Fact]
        public void EntriesGivenOverrideTheDefaultsAndAddModels()
        {
            var table = PriceTable.Default.With(PriceTableReader.ReadEntries(new Hashtable
            {
                ["gpt-5"] = new Hashtable { ["Input"] = 2.0, ["Output"] = 20 },
                ["llama3.2"] = new Hashtable { ["input"] = "0.1", ["OUTPUT"] = 0.2m },
            }, null));

            Assert.Equal(2.0m, table.Find("gpt-5").Input);
            Assert.Null(table.Find("gpt-5").CachedInput);
            Assert.Equal(0.2m, table.Find("llama3.2:latest").Output);
            Assert.Same(PriceTable.Default.Find("gpt-5-mini"), table.Find("gpt-5-mini"));
            Assert.Equal(1.25m, PriceTable.Default.Find("gpt-5").Input);
            Assert.Equal(PriceTable.Default.Date, table.Date);
        }

        [Fact]
        public void ACostBillsCachedTokensApartFromTheRestOfThePrompt()
        {
            var price = new ModelPrice(input: 2m, output: 8m, cachedInput: 0.5m);

            // 1,000 prompt tokens of which 400 cached, 250 answer tokens.
            var cost = price.CostOf(1000, 250, 400);

            Assert.Equal((600 * 2m + 400 * 0.5m + 250 * 8m) / 1_000_000m, cost);
        }

        [Fact]
        public void WithoutACachedPriceCachedTokensCostAsInput()
        {
            var price = new ModelPrice(input: 3m, output: 15m, cachedInput: null);

            Assert.Equal(price.CostOf(1000, 100, 0), price.CostOf(1000, 100, 600));
        }

        [Fact]
        public void TokensNotCountedGiveNoCost()
        {
            var table = PriceTable.Default;

            Assert.Null(table.CostOf("gpt-5", null, 10, 0));
            Assert.Null(table.CostOf("gpt-5", 10, null, 0));
            Assert.Null(table.CostOf(null, 10, 10, 0));
            Assert.Equal(table.CostOf("gpt-5", 10, 10, 0), table.CostOf("gpt-5", 10, 10, null));
        }

        [Fact]
        public void AJsonFileIsReadFlatOrInTheDefaultTablesForm()
        {
            using (var folder = new TempFolder())
            {
                var flat = folder.Write("flat.json", "{ \"house-model\": "
                    + "{ \"input\": 1.5, \"output\": 3, \"cachedInput\": 0.15 } }");
                var nested = folder.Write("nested.json", "{ \"date\": \"2026-01-01\", " +
                    "\"models\": { \"house-model\": { \"Input\": 4, \"Output\": 8 }, } }");

                var house = PriceTableReader.ReadFile(flat).Find("house-model");
                Assert.Equal(0.15m, house.CachedInput);
                Assert.Equal(8m, PriceTableReader.ReadFile(nested).Find("house-model").Output);
                Assert.NotNull(PriceTableReader.ReadFile(nested).Find("gpt-5-nano"));
            }
        }

        [Theory]
        [InlineData("{ \"m\": { \"input\": 1 } }", "entry 'm', has no Output")]
        [InlineData("{ \"m\": { \"input\": \"cheap\", \"output\": 1 } }",
            "entry 'm', has Input '\"cheap\"', which is not a number")]
        [InlineData("{ \"m\": { \"input\": 1, \"ouput\": 1 } }", "unknown key 'ouput'")]
        [InlineData("{ \"m\": { \"input\": -1, \"output\": 1 } }", "negative Input")]
        [InlineData("{ \"m\": 2 }", "entry 'm', is not a table of Input, Output")]
        [InlineData("[ 1, 2 ]", "holds a JSON array")]
        [InlineData("{ \"m\": { \"input\": 1,\n \"output\": } }", "is not valid JSON at line 2")]
        public void ABadFileIsNamedWithItsEntryAndTheProblem(string json, string problem)
        {
            using (var folder = new TempFolder())
            {
                var path = folder.Write("prices.json", json);

                var error = Assert.Throws<PriceTableException>(
                    () => PriceTableReader.ReadFile(path));

                Assert.StartsWith($"The price table '{path}'", error.Message);
                Assert.Contains(problem, error.Message);
                Assert.Equal(path, error.File);
                Assert.DoesNotContain("   at ", error.Message);
            }
        }

        [Fact]
        public void AMissingFileIsSaidPlainly()
        {
            using (var folder = new TempFolder())
            {
                var path = System.IO.Path.Combine(folder.Path, "none.json");

                var error = Assert.Throws<PriceTableException>(
                    () => PriceTableReader.ReadFile(path));

                Assert.Contains($"'{path}' cannot be read", error.Message);
            }
        }

        [Fact]
        public void ABadTableInMemoryNamesTheEntry()
        {
            var entries = new Dictionary<string, object>
            {
                ["ok"] = new Hashtable { ["Input"] = 1, ["Output"] = 2 },
                ["broken"] = new Hashtable { ["Output"] = 2 },
            };

            var error = Assert.Throws<PriceTableException>(
                () => PriceTableReader.ReadEntries(entries, null));

            Assert.Equal("broken", error.Entry);
            Assert.StartsWith("The price table, entry 'broken', has no Input", error.Message);
            Assert.Null(error.File);
        }
    }
}
