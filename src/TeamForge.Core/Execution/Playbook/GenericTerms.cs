using System;
using System.Collections.Generic;
using System.Linq;

namespace TeamForge.Execution
{
    /// <summary>
    /// Words that say nothing about a domain: plain English ("so", "many", "before") and the
    /// words every plan uses ("define", "design", "path", "needed"). They stay in the text
    /// and in ranking (the tokenizer's own list is kept small on purpose), but no one should
    /// read them as what a skill fits on, what a concern lacks or what two domains share.
    /// </summary>
    internal static class GenericTerms
    {
        private static readonly HashSet<string> Words = Set(
            // Plain English that the tokenizer keeps.
            "so if go lay many much very just only own same new old another both either "
                + "neither whether while because since until after before during again "
                + "here there now once still yet even ever never always often well way "
                + "thing lot kind part whole full able above below under upon among "
                + "against one two three four five first second third last next "
                + "previous following given known unknown available possible necessary "
                + "needed required usable certain various different specific general "
                + "common usual main key good better best bad right wrong safe simple "
                + "easy hard instead rather quite enough too less few little big small "
                + "large high low long short early late far near back forward "
                // Words every plan and task line uses.
                + "cover covered covering include including includes define design plan "
                + "planning set path approach work task step item goal decide ensure "
                + "identify check review evaluate assess create build make using usage "
                + "handle support provide implement apply run add update keep take get "
                + "give come show tell say want help allow let put lead follow start "
                + "end fit need require choose select pick adopt consider reason case pay paid "
                + "example instance option choice basis level area aspect detail "
                + "overall across per via whom whose what which who how why where when"
        );

        /// <summary>True for a folded term (as the tokenizer gives it) that is generic.</summary>
        public static bool Contains(string term)
        {
            return term != null && Words.Contains(term);
        }

        /// <summary>
        /// True for a term that can name a topic: not generic, not a number, not a scrap of
        /// one or two letters, and not a past participle ("logged", "fixed").
        /// </summary>
        public static bool CanNameATopic(string term)
        {
            return term != null
                && term.Length > 2
                && !term.All(char.IsDigit)
                && !Words.Contains(term)
                && !(term.Length > 4 && term.EndsWith("ed", StringComparison.Ordinal));
        }

        private static HashSet<string> Set(string words)
        {
            return new HashSet<string>(
                words
                    .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(TextTokenizer.Stem),
                StringComparer.Ordinal
            );
        }
    }
}
