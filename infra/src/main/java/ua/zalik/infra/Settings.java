package ua.zalik.infra;

import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Node;

import java.util.Map;

/**
 * What differs between staging and production. Sizes live here; what only the account knows (certificate, domain,
 * alarm e-mail) comes from the context object {@code zalik:<environment>} in cdk.json or {@code -c} on the command line.
 */
public record Settings(
        String environment,
        String region,
        String certificateArn,
        String apiDomainName,
        String cloudFrontPrefixListId,
        String alarmEmail,
        String botUsername,
        boolean multiAz,
        int natGateways,
        String instanceType,
        String dbInstanceClass,
        int dbStorageGiB,
        int dbBackupDays,
        String cacheNodeType,
        int apiMin,
        int apiMax,
        int workerMin,
        int workerMax,
        int logRetentionDays) {

    static Settings staging(Map<String, Object> given) {
        return of("staging", given, false, 1, "t4g.small", "t4g.small", 20, 7, "cache.t4g.micro", 1, 2, 1, 2, 30);
    }

    static Settings production(Map<String, Object> given) {
        return of("production", given, true, 2, "t4g.medium", "t4g.medium", 50, 14, "cache.t4g.small", 2, 6, 1, 4, 90);
    }

    /** The named environment, with the account's values from the context object {@code zalik:<environment>}. */
    @SuppressWarnings("unchecked")
    public static Settings forEnvironment(Node node, String environment) {
        Object given = node.tryGetContext("zalik:" + environment);
        Map<String, Object> values = given instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        return switch (environment) {
            case "staging" -> staging(values);
            case "production" -> production(values);
            default -> throw new IllegalArgumentException("Unknown environment '" + environment
                    + "': use -c env=staging or -c env=production");
        };
    }

    private static Settings of(String environment, Map<String, Object> given, boolean multiAz, int natGateways,
                               String instanceType, String dbInstanceClass, int dbStorageGiB, int dbBackupDays,
                               String cacheNodeType, int apiMin, int apiMax, int workerMin, int workerMax,
                               int logRetentionDays) {
        return new Settings(environment,
                value(given, "region", "eu-central-1"),
                required(given, "certificateArn", environment),
                required(given, "apiDomainName", environment),
                // com.amazonaws.global.cloudfront.origin-facing in eu-central-1; other regions: see docs/deploy.md
                value(given, "cloudFrontPrefixListId", "pl-a3a144ca"),
                value(given, "alarmEmail", ""),
                value(given, "botUsername", "ZalikBot"),
                Boolean.parseBoolean(value(given, "multiAz", Boolean.toString(multiAz))),
                natGateways, instanceType, dbInstanceClass, dbStorageGiB, dbBackupDays, cacheNodeType,
                apiMin, apiMax, workerMin, workerMax, logRetentionDays);
    }

    private static String value(Map<String, Object> given, String key, String fallback) {
        Object v = given.get(key);
        return v == null || v.toString().isBlank() ? fallback : v.toString();
    }

    private static String required(Map<String, Object> given, String key, String environment) {
        String v = value(given, key, "");
        if (v.isEmpty()) {
            throw new IllegalArgumentException("Missing '" + key + "' for " + environment
                    + ": set it under \"zalik:" + environment + "\" in infra/cdk.json or pass -c");
        }
        return v;
    }

    RetentionDays logRetention() {
        return switch (logRetentionDays) {
            case 7 -> RetentionDays.ONE_WEEK;
            case 30 -> RetentionDays.ONE_MONTH;
            case 90 -> RetentionDays.THREE_MONTHS;
            case 365 -> RetentionDays.ONE_YEAR;
            default -> throw new IllegalArgumentException("Log retention of " + logRetentionDays + " days");
        };
    }

    boolean production() {
        return environment.equals("production");
    }
}
