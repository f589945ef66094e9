package ua.zalik.infra;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

/** Zalik in one environment, as ARCHITECTURE.md draws it: one {@code cdk deploy} per environment. */
public final class ZalikStack extends Stack {

    final Network network;
    final Database database;
    final Cache cache;
    final Queue queue;
    final Edge edge;
    final Compute compute;
    final Monitoring monitoring;
    final Topic alarms;

    /** @param jarPath the app's jar ({@code app/target/zalik-app.jar}), uploaded as an asset */
    public ZalikStack(Construct scope, String id, Settings settings, String jarPath) {
        super(scope, id, StackProps.builder()
                .description("Zalik " + settings.environment())
                .env(Environment.builder()
                        .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                        .region(settings.region())
                        .build())
                .build());
        Tags.of(this).add("app", "zalik");
        Tags.of(this).add("environment", settings.environment());

        alarms = Topic.Builder.create(this, "Alarms").displayName("Zalik " + settings.environment() + " alarms")
                .enforceSsl(true).build();
        if (!settings.alarmEmail().isEmpty()) {
            alarms.addSubscription(new EmailSubscription(settings.alarmEmail()));
        }
        Nag.suppress(alarms, "AwsSolutions-SNS2", "CloudWatch alarms cannot publish to a topic encrypted with the "
                + "AWS managed SNS key, and alarm texts carry no personal data");

        AccessLogs logs = new AccessLogs(this, "AccessLogs");
        network = new Network(this, "Network", settings);
        database = new Database(this, "Database", settings, network);
        cache = new Cache(this, "Cache", settings, network);
        queue = new Queue(this, "Queue", settings);
        edge = new Edge(this, "Edge", settings, network, logs);
        compute = new Compute(this, "Compute", settings, jarPath, network, database, cache, queue, edge, alarms);
        monitoring = new Monitoring(this, "Monitoring", settings, edge, compute, queue, database, cache, alarms);

        output("LoadBalancerDns", edge.alb.getLoadBalancerDnsName(),
                "point " + settings.apiDomainName() + " (CNAME) here");
        output("DistributionDomain", edge.distribution.getDistributionDomainName(), "the dashboard and the webhook");
        output("DashboardBucket", edge.dashboard.getBucketName(), "upload web-dashboard/dist here");
        output("DistributionId", edge.distribution.getDistributionId(), "invalidate after a dashboard upload");
        output("TelegramSecret", compute.telegram.getSecretName(), "put the bot token here (botToken)");
        output("DatabaseSecret", database.secret.getSecretName(), "PostgreSQL login");
        output("ApiGroup", compute.api.group.getAutoScalingGroupName(), "api auto scaling group");
        output("WorkerGroup", compute.worker.group.getAutoScalingGroupName(), "worker auto scaling group");
    }

    private void output(String id, String value, String description) {
        CfnOutput.Builder.create(this, id).value(value).description(description).build();
    }
}
