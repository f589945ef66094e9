package ua.zalik.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.MathExpression;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeElb;
import software.amazon.awscdk.services.elasticloadbalancingv2.HttpCodeTarget;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The alarms docs/deploy.md explains, each telling the alarm topic, and one dashboard with the main figures. */
final class Monitoring extends Construct {

    /** Micrometer's CloudWatch registry publishes counters as {@code <name>.count} in namespace Zalik. */
    static final String NAMESPACE = "Zalik";
    static final String TELEGRAM_SENDS = "zalik.telegram.sends.count";
    static final List<String> SEND_OUTCOMES = List.of("sent", "rate_limited", "retried", "failed", "blocked");

    final Map<String, Alarm> alarms = new LinkedHashMap<>();
    private final ITopic topic;
    private final String environment;

    Monitoring(Construct scope, String id, Settings settings, Edge edge, Compute compute, Queue queue,
               Database database, Cache cache, ITopic topic) {
        super(scope, id);
        this.topic = topic;
        this.environment = settings.environment();
        Duration five = Duration.minutes(5);
        var alb = edge.alb.getMetrics();

        IMetric requests = alb.requestCount(MetricOptions.builder().period(five).build());
        MathExpression errorRate = MathExpression.Builder.create()
                .label("5xx % of requests")
                .expression("IF(requests >= 20, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)")
                .usingMetrics(Map.of(
                        "requests", requests,
                        "target5xx", alb.httpCodeTarget(HttpCodeTarget.TARGET_5XX_COUNT, sum(five)),
                        "elb5xx", alb.httpCodeElb(HttpCodeElb.ELB_5XX_COUNT, sum(five))))
                .period(five).build();
        alarm("ServerErrors", errorRate, 5, 2, "More than 5% of requests answered 5xx");

        IMetric p99 = alb.targetResponseTime(MetricOptions.builder().statistic("p99").period(five).build());
        alarm("SlowResponses", p99, 2, 3, "p99 response time above 2 s");

        IMetric dlq = queue.deadLetters.metricApproximateNumberOfMessagesVisible(max(Duration.minutes(1)));
        alarm("DeadLetters", dlq, 1, 1, "Events in the dead-letter queue: a handler keeps failing");

        IMetric oldest = queue.events.metricApproximateAgeOfOldestMessage(max(Duration.minutes(1)));
        alarm("QueueBacklog", oldest, 600, 5, "The oldest event waits over 10 minutes: workers are behind or down");

        Map<String, IMetric> sends = new LinkedHashMap<>();
        for (String outcome : SEND_OUTCOMES) {
            sends.put(outcome.replace("_", ""), telegramSends(settings, outcome, five));
        }
        String total = "(" + String.join(" + ", sends.keySet().stream().map(k -> "FILL(" + k + ", 0)").toList()) + ")";
        MathExpression rateLimited = MathExpression.Builder.create()
                .label("Telegram 429 % of calls")
                .expression("IF(" + total + " >= 20, 100 * FILL(ratelimited, 0) / " + total + ", 0)")
                .usingMetrics(sends)
                .period(five).build();
        alarm("TelegramRateLimited", rateLimited, 5, 2, "Over 5% of Bot API calls answered 429 Too Many Requests");

        alarm("DatabaseCpu", database.instance.metricCPUUtilization(max(five)), 80, 3, "RDS CPU above 80%");
        alarm("DatabaseStorage", database.instance.metricFreeStorageSpace(min(five)), 2.0 * 1024 * 1024 * 1024, 1,
                ComparisonOperator.LESS_THAN_THRESHOLD, "RDS free storage below 2 GiB");

        Map<String, IMetric> nodes = new LinkedHashMap<>();
        for (int i = 1; i <= (settings.multiAz() ? 2 : 1); i++) {
            nodes.put("node" + i, Metric.Builder.create().namespace("AWS/ElastiCache")
                    .metricName("DatabaseMemoryUsagePercentage")
                    .dimensionsMap(Map.of("CacheClusterId", cache.groupId + "-00" + i))
                    .statistic("Maximum").period(five).build());
        }
        MathExpression redisMemory = MathExpression.Builder.create().label("Redis memory %")
                .expression("MAX([" + String.join(",", nodes.keySet()) + "])")
                .usingMetrics(nodes).period(five).build();
        alarm("CacheMemory", redisMemory, 80, 3, "Redis memory above 80% of maxmemory");

        Dashboard.Builder.create(this, "Dashboard")
                .dashboardName("Zalik-" + settings.environment())
                .widgets(List.of(
                        List.of(graph("Requests", requests), graph("5xx %", errorRate), graph("p99 latency (s)", p99)),
                        List.of(graph("Instance CPU %",
                                        cpu(compute.api.group.getAutoScalingGroupName()),
                                        cpu(compute.worker.group.getAutoScalingGroupName())),
                                graph("Events: queue depth", queue.events.metricApproximateNumberOfMessagesVisible()),
                                graph("Events: oldest age (s) / dead letters", oldest, dlq)),
                        List.of(graph("Telegram calls by outcome", sends.values().toArray(IMetric[]::new)),
                                graph("RDS CPU % / connections", database.instance.metricCPUUtilization(),
                                        database.instance.metricDatabaseConnections()),
                                graph("Redis memory %", redisMemory))))
                .build();
    }

    private void alarm(String id, IMetric metric, double threshold, int periods, String description) {
        alarm(id, metric, threshold, periods, ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD, description);
    }

    private void alarm(String id, IMetric metric, double threshold, int periods, ComparisonOperator comparison,
                       String description) {
        Alarm alarm = Alarm.Builder.create(this, id)
                .alarmName("zalik-" + id + "-" + environment)
                .metric(metric)
                .threshold(threshold)
                .evaluationPeriods(periods)
                .comparisonOperator(comparison)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .alarmDescription(description + " (docs/deploy.md, Alarms)")
                .build();
        alarm.addAlarmAction(new SnsAction(topic));
        alarm.addOkAction(new SnsAction(topic));
        alarms.put(id, alarm);
    }

    private static Metric telegramSends(Settings settings, String outcome, Duration period) {
        return Metric.Builder.create().namespace(NAMESPACE).metricName(TELEGRAM_SENDS)
                .dimensionsMap(Map.of("application", "zalik", "environment", settings.environment(), "outcome", outcome))
                .statistic("Sum").period(period).label(outcome).build();
    }

    private static Metric cpu(String groupName) {
        return Metric.Builder.create().namespace("AWS/EC2").metricName("CPUUtilization")
                .dimensionsMap(Map.of("AutoScalingGroupName", groupName)).statistic("Average").build();
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(8).build();
    }

    private static MetricOptions sum(Duration period) {
        return MetricOptions.builder().statistic("Sum").period(period).build();
    }

    private static MetricOptions max(Duration period) {
        return MetricOptions.builder().statistic("Maximum").period(period).build();
    }

    private static MetricOptions min(Duration period) {
        return MetricOptions.builder().statistic("Minimum").period(period).build();
    }
}
