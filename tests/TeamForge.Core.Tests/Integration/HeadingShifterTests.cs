using TeamForge.Integration;

namespace TeamForge.Tests.Integration
{
    public class HeadingShifterTests
    {
        [Fact]
        public void Moves_the_top_heading_to_the_level_asked_and_keeps_the_distances()
        {
            var shifted = HeadingShifter.Shift(
                "# Plan\n\ntext\n\n## Ovens `deck`\n\n### Trays\n",
                3
            );

            Assert.Equal("### Plan\n\ntext\n\n#### Ovens `deck`\n\n##### Trays\n", shifted);
        }

        [Fact]
        public void Leaves_hash_lines_in_code_blocks_alone()
        {
            var shifted = HeadingShifter.Shift("## Steps\n\n```bash\n# comment\n```\n", 3);

            Assert.Equal("### Steps\n\n```bash\n# comment\n```\n", shifted);
        }

        [Fact]
        public void Turns_setext_headings_into_atx_ones()
        {
            var shifted = HeadingShifter.Shift("Plan\n====\n\nSub\n---\n\nbody\n", 3);

            Assert.Equal("### Plan\n\n#### Sub\n\nbody\n", shifted);
        }

        [Fact]
        public void Stops_at_level_six_and_leaves_text_without_headings_unchanged()
        {
            Assert.Equal(
                "##### A\n\n###### B\n\n###### C\n",
                HeadingShifter.Shift("# A\n\n## B\n\n### C\n", 5)
            );
            Assert.Equal(
                "just text\r\n",
                HeadingShifter.Shift("just text\r\n", 3).Replace("\n", "\r\n")
            );
        }
    }
}
