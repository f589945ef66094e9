package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;

class EdgeTests {

    @Test
    void httpsListenerCarriesTheGivenCertificate() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 443,
                "Protocol", "HTTPS",
                "Certificates", List.of(Map.of("CertificateArn", Synthesized.CERTIFICATE)),
                "SslPolicy", Match.stringLikeRegexp("ELBSecurityPolicy-TLS13.*"))));
    }

    @Test
    void httpIsRedirectedToHttps() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElasticLoadBalancingV2::Listener", Match.objectLike(Map.of(
                "Port", 80,
                "Protocol", "HTTP",
                "DefaultActions", List.of(Match.objectLike(Map.of("Type", "redirect",
                        "RedirectConfig", Match.objectLike(Map.of("Protocol", "HTTPS", "Port", "443",
                                "StatusCode", "HTTP_301"))))))));
    }

    @Test
    void theLoadBalancerForwardsOnlyTheAppPathsAndLogsAccess() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElasticLoadBalancingV2::ListenerRule", Match.objectLike(Map.of(
                "Conditions", List.of(Map.of("Field", "path-pattern", "PathPatternConfig",
                        Map.of("Values", List.of("/api/*", "/telegram/*")))))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElasticLoadBalancingV2::LoadBalancer", Match.objectLike(Map.of(
                "Scheme", "internet-facing",
                "LoadBalancerAttributes", Match.arrayWith(List.of(
                        Map.of("Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true"),
                        Map.of("Key", "access_logs.s3.enabled", "Value", "true"))))));
    }

    @Test
    void cloudFrontServesTheDashboardFromS3ThroughOriginAccessControl() {
        PRODUCTION_TEMPLATE.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
        Map<String, Object> config = distribution();
        assertThat(config).containsEntry("DefaultRootObject", "index.html");
        assertThat(config.get("Origins").toString())
                .contains("OriginAccessControlId").contains("S3OriginConfig={OriginAccessIdentity=}");
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "VersioningConfiguration", Map.of("Status", "Enabled"))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::S3::BucketPolicy", Match.objectLike(Map.of(
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "s3:GetObject",
                        "Principal", Map.of("Service", "cloudfront.amazonaws.com"))))))))));
    }

    @Test
    void apiAndWebhookPathsGoToTheLoadBalancerUncached() {
        Map<String, Object> config = distribution();
        List<?> behaviors = (List<?>) config.get("CacheBehaviors");
        assertThat(behaviors).hasSize(2);
        assertThat(behaviors.stream().map(b -> (Object) ((Map<?, ?>) b).get("PathPattern")).toList())
                .containsExactlyInAnyOrder("/api/*", "/telegram/*");
        for (Object behavior : behaviors) {
            assertThat(cast(behavior))
                    .containsEntry("CachePolicyId", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad") // CachingDisabled
                    .containsEntry("ViewerProtocolPolicy", "https-only")
                    .containsEntry("AllowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"));
        }
        assertThat(config.get("Origins").toString()).contains("DomainName=" + Synthesized.API_DOMAIN)
                .contains("OriginProtocolPolicy=https-only");
    }

    @Test
    void dashboardRoutesFallBackToIndexHtmlWithoutHidingApiErrors() {
        assertThat(distribution()).doesNotContainKey("CustomErrorResponses");
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::CloudFront::Function", Match.objectLike(Map.of(
                "FunctionCode", Match.stringLikeRegexp(".*request.uri = '/index.html'.*"))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Object map) {
        return (Map<String, Object>) map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> distribution() {
        return (Map<String, Object>) Synthesized.properties(PRODUCTION_TEMPLATE, PRODUCTION.edge.distribution)
                .get("DistributionConfig");
    }
}
