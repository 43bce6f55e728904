using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;
using TeamForge.Library;

namespace TeamForge.Integration
{
    /// <summary>
    /// Finds the concepts two or more domains raise, and only those a reader can act on:
    /// two-word domain terms ("node pools", "network policies") named in one domain's
    /// concern and in another's concern or skill material; skills two domains plan, or one
    /// draws that another domain's member owns; and single distinctive words ("secrets")
    /// one domain's concern names and another domain names too. Generic English and
    /// planning words ("before", "cover", "path") never count. Few points, strongest first.
    /// </summary>
    internal static class IntegrationPointFinder
    {
        public const int MaxPoints = 6;

        /// <summary>Single words are the weakest evidence; at most this many are listed.</summary>
        public const int MaxTerms = 3;

        private const int ConcernWeight = 2;
        private const int MaterialWeight = 1;

        // Marks between words that end a phrase: "namespaces, resource quotas" is no
        // "namespaces resource".
        private static readonly char[] Breaks =
        {
            ',', ';', ':', '.', '(', ')', '[', ']', '/', '\n', '>', '<', '\u2014', '\u2013',
        };

        // Words that join two parts of a line: a phrase does not run across them.
        private static readonly HashSet<string> Joiners = new HashSet<string>(
            new[] { "and", "or", "but", "with", "so", "that", "which", "while", "then" },
            StringComparer.Ordinal
        );

        /// <param name="outputs">The domain outputs, in plan order.</param>
        /// <param name="distinctive">
        /// Whether a term tells skills apart (rare in the library); null to take every word
        /// that can name a topic.
        /// </param>
        /// <param name="team">The team, to know whose skills are whose; may be null.</param>
        /// <param name="library">The library, to know whose skills are whose; may be null.</param>
        /// <param name="conflicts">Skills already reported as conflicts, not listed again.</param>
        public static List<IntegrationPoint> Find(
            IReadOnlyList<DomainOutput> outputs,
            Func<string, bool> distinctive = null,
            TeamDefinition team = null,
            TeamLibrary library = null,
            IEnumerable<string> conflicts = null
        )
        {
            if (outputs.Count < 2)
            {
                return new List<IntegrationPoint>();
            }

            var isDistinctive = distinctive ?? (term => true);
            var phrases = Phrases(outputs, isDistinctive);
            var skills = Skills(outputs, team, library, conflicts);
            var covered = new HashSet<string>(
                phrases
                    .SelectMany(point => Words(point.Point.Name))
                    .Concat(skills.SelectMany(point => SkillIds(point.Point)).SelectMany(Words)),
                StringComparer.Ordinal
            );
            var terms = Terms(outputs, isDistinctive)
                .Where(point => !covered.Contains(Key(Words(point.Point.Name))))
                .Take(MaxTerms);

            return phrases
                .Concat(skills)
                .Concat(terms)
                .Take(MaxPoints)
                .Select(point => point.Point)
                .ToList();
        }

        private static List<(IntegrationPoint Point, int Score)> Phrases(
            IReadOnlyList<DomainOutput> outputs,
            Func<string, bool> distinctive
        )
        {
            var inConcerns = outputs
                .Select(output => Pieces(output, concerns: true, PhrasesOf))
                .ToList();
            var inMaterial = outputs
                .Select(output => Pieces(output, concerns: false, PhrasesOf))
                .ToList();
            return Shared(outputs, inConcerns, inMaterial, IntegrationPointKind.Phrase)
                .Where(point => Stems(point.Point.Name).Any(distinctive))
                .ToList();
        }

        private static List<(IntegrationPoint Point, int Score)> Terms(
            IReadOnlyList<DomainOutput> outputs,
            Func<string, bool> distinctive
        )
        {
            // A single word counts only where a domain names it: in a concern or in the id of
            // a skill it plans. Skill material mentions too much in passing for one word.
            var inConcerns = outputs
                .Select(output => Pieces(output, concerns: true, TermsOf))
                .ToList();
            var inSkills = outputs
                .Select(output => Pieces(output, concerns: false, TermsOf, skillIds: true))
                .ToList();
            return Shared(outputs, inConcerns, inSkills, IntegrationPointKind.Term)
                .Where(point => Stems(point.Point.Name).All(distinctive))
                .ToList();
        }

        // Key -> (the words as written, the concern that holds them), per output: from its
        // concerns, or from the skill material under them. A text without concerns offers
        // its summary and its whole text.
        private static Dictionary<string, (string Surface, string Concern)> Pieces(
            DomainOutput output,
            bool concerns,
            Func<string, IEnumerable<(string Key, string Surface)>> split,
            bool skillIds = false
        )
        {
            var pieces = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
            var sources = output.Concerns.Count > 0
                ? output.Concerns.Select(concern =>
                    (
                        Text: concerns ? concern.Text
                            : skillIds ? string.Join(", ", concern.Skills).Replace('-', ' ')
                            : concern.Material,
                        Concern: concern.Text
                    )
                )
                : new[]
                {
                    (
                        Text: concerns ? output.Summary ?? "" : output.Text ?? "",
                        Concern: (string)null
                    ),
                };
            foreach (var (text, concern) in sources)
            {
                foreach (var (key, surface) in split(text))
                {
                    if (!pieces.ContainsKey(key))
                    {
                        pieces.Add(key, (surface, concern));
                    }
                }
            }

            return pieces;
        }

        private static List<(IntegrationPoint Point, int Score)> Shared(
            IReadOnlyList<DomainOutput> outputs,
            List<Dictionary<string, (string Surface, string Concern)>> inConcerns,
            List<Dictionary<string, (string Surface, string Concern)>> inMaterial,
            IntegrationPointKind kind
        )
        {
            var keys = inConcerns
                .SelectMany(pieces => pieces.Keys)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(key => key, StringComparer.Ordinal);
            var points = new List<(IntegrationPoint Point, int Score)>();
            foreach (var key in keys)
            {
                var mentions = new List<IntegrationMention>();
                var score = 0;
                string surface = null;
                for (var i = 0; i < outputs.Count; i++)
                {
                    if (inConcerns[i].TryGetValue(key, out var named))
                    {
                        surface = surface ?? named.Surface;
                        mentions.Add(new IntegrationMention(outputs[i], named.Concern, true));
                        score += ConcernWeight;
                    }
                    else if (inMaterial[i].TryGetValue(key, out var under))
                    {
                        mentions.Add(new IntegrationMention(outputs[i], under.Concern, false));
                        score += MaterialWeight;
                    }
                }

                if (mentions.Count >= 2)
                {
                    points.Add((new IntegrationPoint(surface, kind, mentions), score));
                }
            }

            return points
                .OrderByDescending(point => point.Score)
                .ThenBy(point => point.Point.Name, StringComparer.Ordinal)
                .ToList();
        }

        // A skill planned by two domains: they should share one procedure. A skill one
        // domain draws from the library while another domain's member has it as its own is
        // that member's to review; such skills are gathered into one point per owner.
        private static List<(IntegrationPoint Point, int Score)> Skills(
            IReadOnlyList<DomainOutput> outputs,
            TeamDefinition team,
            TeamLibrary library,
            IEnumerable<string> conflicts
        )
        {
            var reported = new HashSet<string>(
                conflicts ?? new string[0],
                StringComparer.OrdinalIgnoreCase
            );
            var ids = outputs
                .SelectMany(output => output.Concerns.SelectMany(concern => concern.Skills))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Where(id => !reported.Contains(id))
                .OrderBy(id => id, StringComparer.Ordinal);
            var points = new List<(IntegrationPoint Point, int Score)>();
            var owned = new Dictionary<DomainOutput, List<IntegrationMention>>();
            foreach (var id in ids)
            {
                var planners = outputs
                    .Select(output => (
                        Output: output,
                        Concern: output.Concerns.FirstOrDefault(concern =>
                            concern.Skills.Contains(id, StringComparer.OrdinalIgnoreCase)
                        )
                    ))
                    .Where(use => use.Concern != null)
                    .ToList();
                if (planners.Count >= 2)
                {
                    var mentions = planners
                        .Select(use => new IntegrationMention(use.Output, use.Concern.Text, true))
                        .ToList();
                    var point = new IntegrationPoint(id, IntegrationPointKind.Skill, mentions);
                    points.Add((point, mentions.Count));
                    continue;
                }

                var drawer = planners.Single();
                var owner = IsDrawn(drawer.Concern, id)
                    ? Owner(outputs, drawer.Output, id, team, library)
                    : null;
                if (owner != null)
                {
                    if (!owned.ContainsKey(owner))
                    {
                        owned.Add(owner, new List<IntegrationMention>());
                    }

                    owned[owner].Add(
                        new IntegrationMention(drawer.Output, drawer.Concern.Text, true, id)
                    );
                }
            }

            var ordered = points
                .OrderByDescending(point => point.Score)
                .ThenBy(point => point.Point.Name, StringComparer.Ordinal)
                .ToList();
            foreach (var output in outputs.Where(owned.ContainsKey))
            {
                var mentions = owned[output]
                    .Concat(new[] { new IntegrationMention(output, null, false) })
                    .ToList();
                var point = new IntegrationPoint(
                    $"Skills of {output.Label} drawn by others",
                    IntegrationPointKind.OwnedSkills,
                    mentions
                );
                ordered.Add((point, mentions.Count));
            }

            return ordered;
        }

        private static IEnumerable<string> SkillIds(IntegrationPoint point)
        {
            return point.Kind == IntegrationPointKind.Skill
                ? new[] { point.Name }
                : point.Mentions.Select(mention => mention.Skill).Where(id => id != null);
        }

        // The other domain whose member has the skill as its own, or null.
        private static DomainOutput Owner(
            IReadOnlyList<DomainOutput> outputs,
            DomainOutput drawer,
            string id,
            TeamDefinition team,
            TeamLibrary library
        )
        {
            var owners = SkillOwners.Of(id, team, library);
            return outputs
                .Where(output => output != drawer)
                .FirstOrDefault(output =>
                    owners.Contains(output.Member, StringComparer.OrdinalIgnoreCase)
                );
        }

        private static bool IsDrawn(DomainConcern concern, string id)
        {
            return concern.DrawnSkills.Contains(id, StringComparer.OrdinalIgnoreCase);
        }

        // Two neighbouring topic words within one part of a line: "node pools", "policy
        // (as) code". Keys are folded, so "network policy" meets "network policies".
        private static IEnumerable<(string Key, string Surface)> PhrasesOf(string text)
        {
            foreach (var part in Parts(text))
            {
                for (var i = 0; i + 1 < part.Count; i++)
                {
                    var first = part[i];
                    var second = part[i + 1];
                    if (first.Term != second.Term)
                    {
                        yield return (
                            Fold(first.Term) + " " + Fold(second.Term),
                            first.Word + " " + second.Word
                        );
                    }
                }
            }
        }

        private static IEnumerable<(string Key, string Surface)> TermsOf(string text)
        {
            return Parts(text)
                .SelectMany(part => part)
                .Select(word => (Fold(word.Term), word.Word));
        }

        // The text's topic words, cut into runs at punctuation and joining words; stop words
        // inside a run are skipped ("policy as code"), anything generic breaks it.
        private static List<List<(string Term, string Word)>> Parts(string text)
        {
            var parts = new List<List<(string Term, string Word)>>();
            var current = new List<(string Term, string Word)>();
            var source = text ?? "";
            var at = 0;
            foreach (var (term, word) in TextTokenizer.SurfaceWords(source))
            {
                var found = source.IndexOf(word, at, StringComparison.OrdinalIgnoreCase);
                var gap = found < 0 ? "" : source.Substring(at, found - at);
                at = found < 0 ? at : found + word.Length;
                if (gap.IndexOfAny(Breaks) >= 0
                    || Joiners.Contains(word))
                {
                    End(parts, ref current);
                }

                if (Joiners.Contains(word) || TextTokenizer.Tokenize(word).Count == 0)
                {
                    continue;
                }

                if (!GenericTerms.CanNameATopic(term) || TextTokenizer.IsTaskVerb(word))
                {
                    End(parts, ref current);
                    continue;
                }

                current.Add((term, word));
            }

            End(parts, ref current);
            return parts;
        }

        private static void End(
            List<List<(string Term, string Word)>> parts,
            ref List<(string Term, string Word)> current
        )
        {
            if (current.Count > 0)
            {
                parts.Add(current);
                current = new List<(string Term, string Word)>();
            }
        }

        // The library knows terms by their stem ("secret"), not by the folded matching key.
        private static IEnumerable<string> Stems(string name)
        {
            return TextTokenizer.SurfaceWords(name ?? "").Select(word => word.Term);
        }

        private static string Fold(string term) => ConcernOverlap.Fold(term);

        private static List<string> Words(string name)
        {
            return TextTokenizer
                .SurfaceWords((name ?? "").Replace('-', ' '))
                .Select(word => Fold(word.Term))
                .ToList();
        }

        private static string Key(List<string> words) => string.Join(" ", words);
    }
}
