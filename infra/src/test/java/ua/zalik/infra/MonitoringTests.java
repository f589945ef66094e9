package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;
import static ua.zalik.infra.Synthesized.STAGING_TEMPLATE;
import static ua.zalik.infra.Synthesized.logicalId;

class MonitoringTests {

    @Test
    void appLogGroupsKeepLogsPerEnvironment() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/zalik/production/api", "RetentionInDays", 90));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/zalik/production/worker", "RetentionInDays", 90));
        STAGING_TEMPLATE.hasResourceProperties("AWS::Logs::LogGroup",
                Map.of("LogGroupName", "/zalik/staging/api", "RetentionInDays", 30));
    }

    @Test
    void everyAlarmTellsTheAlarmTopic() {
        assertThat(PRODUCTION.monitoring.alarms.keySet()).containsExactly("ServerErrors", "SlowResponses",
                "DeadLetters", "QueueBacklog", "TelegramRateLimited", "DatabaseCpu", "DatabaseStorage", "CacheMemory");
        for (var alarm : PRODUCTION.monitoring.alarms.values()) {
            Map<String, Object> props = Synthesized.properties(PRODUCTION_TEMPLATE, alarm);
            assertThat(props.get("AlarmActions")).isEqualTo(List.of(Map.of("Ref", logicalId(PRODUCTION.alarms))));
            assertThat(props.get("AlarmDescription").toString()).endsWith("(docs/deploy.md, Alarms)");
        }
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::SNS::Subscription",
                Map.of("Protocol", "email", "Endpoint", "ops@zalik.example", "TopicArn", Match.anyValue()));
    }

    @Test
    void deadLetterAlarmFiresOnTheFirstMessage() {
        Map<String, Object> dlq = alarm("DeadLetters");
        assertThat(dlq).containsEntry("Threshold", 1).containsEntry("MetricName", "ApproximateNumberOfMessagesVisible")
                .containsEntry("ComparisonOperator", "GreaterThanOrEqualToThreshold");
        assertThat(dlq.get("Dimensions").toString()).contains(logicalId(PRODUCTION.queue.deadLetters));
        assertThat(alarm("QueueBacklog")).containsEntry("MetricName", "ApproximateAgeOfOldestMessage")
                .containsEntry("Threshold", 600);
    }

    @Test
    void errorRateAndLatencyComeFromTheLoadBalancer() {
        String errors = alarm("ServerErrors").get("Metrics").toString();
        assertThat(errors).contains("HTTPCode_Target_5XX_Count").contains("HTTPCode_ELB_5XX_Count")
                .contains("RequestCount").contains("100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests");
        assertThat(alarm("SlowResponses")).containsEntry("MetricName", "TargetResponseTime")
                .containsEntry("ExtendedStatistic", "p99").containsEntry("Threshold", 2);
    }

    @Test
    void telegramRateLimitAlarmReadsTheSendersCounter() {
        String metrics = alarm("TelegramRateLimited").get("Metrics").toString();
        assertThat(metrics).contains("Namespace=Zalik").contains("MetricName=zalik.telegram.sends.count")
                .contains("Name=outcome, Value=rate_limited").contains("Name=environment, Value=production")
                .contains("100 * FILL(ratelimited, 0)");
    }

    @Test
    void databaseAndCacheAlarms() {
        assertThat(alarm("DatabaseCpu")).containsEntry("MetricName", "CPUUtilization").containsEntry("Threshold", 80);
        assertThat(alarm("DatabaseStorage")).containsEntry("MetricName", "FreeStorageSpace")
                .containsEntry("ComparisonOperator", "LessThanThreshold");
        String cache = alarm("CacheMemory").get("Metrics").toString();
        assertThat(cache).contains("DatabaseMemoryUsagePercentage").contains("zalik-production-001")
                .contains("zalik-production-002").contains("MAX([node1,node2])");
    }

    @Test
    void oneDashboardShowsTheMainFigures() {
        PRODUCTION_TEMPLATE.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
        String body = Synthesized.text(Synthesized.properties(PRODUCTION_TEMPLATE,
                PRODUCTION.monitoring.getNode().findChild("Dashboard")).get("DashboardBody"));
        assertThat(body).contains("\"title\":\"5xx %\"").contains("\"title\":\"p99 latency (s)\"")
                .contains("\"title\":\"Telegram calls by outcome\"").contains("\"title\":\"Redis memory %\"");
    }

    private static Map<String, Object> alarm(String id) {
        return Synthesized.properties(PRODUCTION_TEMPLATE, PRODUCTION.monitoring.alarms.get(id));
    }
}
