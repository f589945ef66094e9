package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;
import static ua.zalik.infra.Synthesized.STAGING_TEMPLATE;

class CacheTests {

    @Test
    void redisIsAReplicationGroupEncryptedInTransitAndAtRestWithAuth() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "Engine", "redis",
                "TransitEncryptionEnabled", true,
                "AtRestEncryptionEnabled", true,
                "NumCacheClusters", 2,
                "AutomaticFailoverEnabled", true,
                "MultiAZEnabled", true)));
        Map<String, Object> group = Synthesized.properties(PRODUCTION_TEMPLATE, PRODUCTION.cache.group);
        assertThat(Synthesized.text(group.get("AuthToken")))
                .isEqualTo("{{resolve:secretsmanager:{" + Synthesized.logicalId(PRODUCTION.cache.authToken) + "}:SecretString:::}}");
    }

    @Test
    void stagingRunsOneNodeStillEncrypted() {
        STAGING_TEMPLATE.hasResourceProperties("AWS::ElastiCache::ReplicationGroup", Match.objectLike(Map.of(
                "NumCacheClusters", 1, "AutomaticFailoverEnabled", false,
                "TransitEncryptionEnabled", true, "AtRestEncryptionEnabled", true)));
    }

    @Test
    void authTokenHasNoCharactersThatBreakAUrl() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "Description", "Redis AUTH token of zalik-production",
                "GenerateSecretString", Map.of("ExcludePunctuation", true, "PasswordLength", 64))));
    }
}
