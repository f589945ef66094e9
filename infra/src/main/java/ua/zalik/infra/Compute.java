package ua.zalik.infra;

import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.autoscaling.AdjustmentType;
import software.amazon.awscdk.services.autoscaling.BasicStepScalingPolicyProps;
import software.amazon.awscdk.services.autoscaling.CpuUtilizationScalingProps;
import software.amazon.awscdk.services.autoscaling.RequestCountScalingProps;
import software.amazon.awscdk.services.autoscaling.ScalingInterval;
import software.amazon.awscdk.services.elasticloadbalancingv2.AddApplicationTargetsProps;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationProtocol;
import software.amazon.awscdk.services.elasticloadbalancingv2.ApplicationTargetGroup;
import software.amazon.awscdk.services.elasticloadbalancingv2.HealthCheck;
import software.amazon.awscdk.services.elasticloadbalancingv2.ListenerCondition;
import software.amazon.awscdk.services.s3.assets.Asset;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The app: one jar (a CDK asset in the bootstrap artifacts bucket) run by two auto scaling groups, {@code api} behind
 * the ALB (scales on CPU and requests per target) and {@code worker} (scales on the event queue's depth).
 */
final class Compute extends Construct {

    static final String READINESS = "/actuator/health/readiness";

    final Secret telegram;
    final Fleet api;
    final Fleet worker;
    final ApplicationTargetGroup apiTargets;

    Compute(Construct scope, String id, Settings settings, String jarPath, Network network, Database database,
            Cache cache, Queue queue, Edge edge, ITopic alarms) {
        super(scope, id);
        // the token is stored by hand after the first deploy (docs/deploy.md); the webhook secret is generated
        telegram = Secret.Builder.create(this, "Telegram")
                .description("Zalik " + settings.environment() + ": botToken and webhookSecret")
                .generateSecretString(SecretStringGenerator.builder()
                        .secretStringTemplate("{\"botToken\":\"REPLACE_ME\"}")
                        .generateStringKey("webhookSecret")
                        .excludePunctuation(true) // Telegram allows A-Z, a-z, 0-9, _ and -
                        .passwordLength(48)
                        .build())
                .build();
        Nag.suppress(telegram, "AwsSolutions-SMG4", "the bot token is issued by @BotFather and cannot be rotated "
                + "by a Lambda; docs/deploy.md has the manual rotation of both values");

        Asset jar = Asset.Builder.create(this, "Jar").path(jarPath).build();
        String region = Stack.of(this).getRegion();
        String webhookUrl = "https://" + edge.distribution.getDistributionDomainName() + "/telegram/webhook";

        api = new Fleet(this, "Api", settings, network, network.api, "api",
                new Fleet.Size(settings.apiMin(), settings.apiMax()),
                boot(settings, region, jar, database, cache, queue, "api", webhookUrl), alarms, true);
        worker = new Fleet(this, "Worker", settings, network, network.worker, "worker",
                new Fleet.Size(settings.workerMin(), settings.workerMax()),
                boot(settings, region, jar, database, cache, queue, "worker", webhookUrl), alarms, false);

        for (Fleet fleet : List.of(api, worker)) {
            jar.grantRead(fleet.role);
            database.secret.grantRead(fleet.role);
            cache.authToken.grantRead(fleet.role);
            telegram.grantRead(fleet.role);
            queue.events.grantSendMessages(fleet.role);
            queue.deadLetters.grant(fleet.role, "sqs:GetQueueAttributes");
        }
        queue.events.grantConsumeMessages(worker.role);

        apiTargets = edge.https.addTargets("Api", AddApplicationTargetsProps.builder()
                .port(Network.APP_PORT)
                .protocol(ApplicationProtocol.HTTP)
                .targets(List.of(api.group))
                .conditions(List.of(ListenerCondition.pathPatterns(Edge.APP_PATHS)))
                .priority(10)
                .deregistrationDelay(Duration.seconds(30))
                .healthCheck(HealthCheck.builder()
                        .path(READINESS)
                        .healthyHttpCodes("200")
                        .interval(Duration.seconds(15))
                        .healthyThresholdCount(2)
                        .unhealthyThresholdCount(3)
                        .build())
                .build());

        api.group.scaleOnCpuUtilization("Cpu", CpuUtilizationScalingProps.builder().targetUtilizationPercent(60).build());
        api.group.scaleOnRequestCount("Requests", RequestCountScalingProps.builder()
                .targetRequestsPerMinute(3000).build());
        worker.group.scaleOnMetric("QueueDepth", BasicStepScalingPolicyProps.builder()
                .metric(queue.events.metricApproximateNumberOfMessagesVisible()
                        .with(software.amazon.awscdk.services.cloudwatch.MetricOptions.builder()
                                .period(Duration.minutes(1)).statistic("Maximum").build()))
                .adjustmentType(AdjustmentType.CHANGE_IN_CAPACITY)
                .scalingSteps(List.of(
                        ScalingInterval.builder().upper(10).change(-1).build(),
                        ScalingInterval.builder().lower(200).change(1).build(),
                        ScalingInterval.builder().lower(1000).change(2).build()))
                .build());

        Nag.suppress(this, "AwsSolutions-IAM4", "instances use the AWS managed AmazonSSMManagedInstanceCore "
                + "(Session Manager instead of SSH) and CloudWatchAgentServerPolicy (log shipping), as AWS documents");
        Nag.suppress(this, "AwsSolutions-IAM5", "PutMetricData has no resource ARN and is limited to namespace "
                + "Zalik by condition; the asset read grant covers the objects under the bootstrap bucket's prefix");
    }

    private BootScript boot(Settings settings, String region, Asset jar, Database database, Cache cache, Queue queue,
                            String appRole, String webhookUrl) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "aws");
        env.put("ZALIK_ROLES", appRole);
        env.put("ZALIK_LOG_FORMAT", "json");
        env.put("ZALIK_ENVIRONMENT", settings.environment());
        env.put("SERVER_PORT", Integer.toString(Network.APP_PORT));
        env.put("AWS_REGION", region);
        env.put("ZALIK_SQS_REGION", region);
        env.put("ZALIK_SQS_QUEUE_URL", queue.events.getQueueUrl());
        env.put("ZALIK_SQS_DLQ_URL", queue.deadLetters.getQueueUrl());
        env.put("TELEGRAM_MODE", "webhook");
        env.put("TELEGRAM_WEBHOOK_URL", webhookUrl);
        env.put("TELEGRAM_BOT_USERNAME", settings.botUsername());
        return new BootScript(region, jar.getS3ObjectUrl(), env, database.secret.getSecretArn(),
                cache.authToken.getSecretArn(), cache.primaryHost(), telegram.getSecretArn());
    }
}
