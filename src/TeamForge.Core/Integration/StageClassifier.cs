using System;
using System.Collections.Generic;
using System.Linq;
using TeamForge.Execution;

namespace TeamForge.Integration
{
    /// <summary>
    /// Puts a concern in a roadmap stage by the words it uses; the stage with most hits
    /// wins, an earlier stage on a tie (foundations before what stands on them).
    /// Limitation: the word lists are about platform work; other teams' concerns mostly
    /// land in no stage, so their roadmap follows the task graph's waves instead.
    /// </summary>
    internal static class StageClassifier
    {
        private static readonly Dictionary<RoadmapStage, HashSet<string>> Words =
            new Dictionary<RoadmapStage, HashSet<string>>
            {
                [RoadmapStage.Foundations] = Set(
                    "cluster kubernetes k8s namespace quota node pool network "
                    + "networking microsegmentation segmentation identity rbac iam "
                    + "account access permission secret vault storage tenancy terraform "
                    + "provisioning"
                ),
                [RoadmapStage.Delivery] = Set(
                    "ci cd pipeline gitops argo flux deployment release observability "
                    + "monitoring prometheus grafana loki logging log tracing "
                    + "opentelemetry alerting alert mesh istio linkerd policy opa "
                    + "gatekeeper kyverno compliance scanning admission ingress gateway"
                ),
                [RoadmapStage.WorkloadsAndExperience] = Set(
                    "model serving feature experiment tracking mlflow gpu scheduling "
                    + "api developer experience self abstraction portal plugin "
                    + "extensibility workload application sdk template inference registry "
                    + "training"
                ),
                [RoadmapStage.HardeningAndDebt] = Set(
                    "debt hardening refactor legacy migration audit chaos cost "
                    + "optimization performance deprecation cleanup"
                ),
            };

        /// <summary>The stage of a text, or null when none of the stage words appear.</summary>
        public static RoadmapStage? Classify(string text)
        {
            var terms = TextTokenizer.Words(text);
            RoadmapStage? best = null;
            var bestHits = 0;
            foreach (var stage in Words.Keys.OrderBy(stage => (int)stage))
            {
                var hits = terms.Count(Words[stage].Contains);
                if (hits > bestHits)
                {
                    best = stage;
                    bestHits = hits;
                }
            }

            return best;
        }

        public static string Name(RoadmapStage stage)
        {
            switch (stage)
            {
                case RoadmapStage.Foundations:
                    return "Foundations";
                case RoadmapStage.Delivery:
                    return "Delivery";
                case RoadmapStage.WorkloadsAndExperience:
                    return "Workloads and experience";
                case RoadmapStage.Other:
                    return "Other work";
                default:
                    return "Hardening and debt";
            }
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
