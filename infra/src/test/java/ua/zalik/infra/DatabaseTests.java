package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;
import static ua.zalik.infra.Synthesized.STAGING_TEMPLATE;

class DatabaseTests {

    @Test
    void postgresIsEncryptedBackedUpAndMultiAzInProduction() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "Engine", "postgres",
                "EngineVersion", Match.stringLikeRegexp("^17"),
                "StorageEncrypted", true,
                "MultiAZ", true,
                "BackupRetentionPeriod", 14,
                "DeletionProtection", true,
                "PubliclyAccessible", false,
                "DBName", "zalik")));
    }

    @Test
    void multiAzIsAParameterOfTheEnvironment() {
        STAGING_TEMPLATE.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "MultiAZ", false, "StorageEncrypted", true, "BackupRetentionPeriod", 7)));
    }

    @Test
    void credentialsLiveInSecretsManager() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of(
                        "SecretStringTemplate", "{\"username\":\"zalik\"}", "GenerateStringKey", "password")))));
        Map<String, Object> db = Synthesized.properties(PRODUCTION_TEMPLATE, Synthesized.PRODUCTION.database.instance);
        assertThat(Synthesized.text(db.get("MasterUserPassword"))).contains("{{resolve:secretsmanager:").contains(":SecretString:password::}}");
    }

    @Test
    void postgresLogsGoToLogGroupsWithRetention() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::RDS::DBInstance", Match.objectLike(Map.of(
                "EnableCloudwatchLogsExports", java.util.List.of("postgresql", "upgrade"))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup", Map.of(
                "LogGroupName", "/aws/rds/instance/zalik-production/postgresql", "RetentionInDays", 90));
    }
}
