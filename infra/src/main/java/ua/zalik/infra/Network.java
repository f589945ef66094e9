package ua.zalik.infra;

import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.IpAddresses;
import software.amazon.awscdk.services.ec2.Peer;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The VPC over two zones and every security group, in one place so who may talk to whom reads at a glance:
 * CloudFront -> ALB (80, 443) -> api (8080); api and worker -> PostgreSQL (5432) and Redis (6379); nothing else in.
 */
final class Network extends Construct {

    static final int APP_PORT = 8080;
    static final int POSTGRES_PORT = 5432;
    static final int REDIS_PORT = 6379;

    final Vpc vpc;
    final SecurityGroup albHttps;
    final SecurityGroup albHttp;
    final SecurityGroup api;
    final SecurityGroup worker;
    final SecurityGroup database;
    final SecurityGroup cache;

    Network(Construct scope, String id, Settings settings) {
        super(scope, id);
        vpc = Vpc.Builder.create(this, "Vpc")
                .ipAddresses(IpAddresses.cidr("10.40.0.0/16"))
                .maxAzs(2)
                .natGateways(settings.natGateways())
                .subnetConfiguration(List.of(
                        subnet("public", SubnetType.PUBLIC),
                        subnet("app", SubnetType.PRIVATE_WITH_EGRESS),
                        subnet("data", SubnetType.PRIVATE_ISOLATED)))
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(LogGroup.Builder.create(this, "FlowLogs")
                                .retention(settings.logRetention()).build()))
                        .build()))
                .build();

        // the CloudFront origin-facing prefix list weighs ~55 rules, so each listener port gets its own group
        albHttps = group("AlbHttps", "ALB HTTPS from CloudFront only", false);
        albHttps.addIngressRule(Peer.prefixList(settings.cloudFrontPrefixListId()), Port.tcp(443), "CloudFront to ALB, HTTPS");
        albHttp = group("AlbHttp", "ALB HTTP (redirected to HTTPS) from CloudFront only", false);
        albHttp.addIngressRule(Peer.prefixList(settings.cloudFrontPrefixListId()), Port.tcp(80), "CloudFront to ALB, HTTP");

        // instances reach Telegram, SQS, Secrets Manager, CloudWatch and S3 through the NAT gateway
        api = group("Api", "api instances: 8080 from the ALB", true);
        worker = group("Worker", "worker instances: nothing comes in", true);
        database = group("Database", "PostgreSQL from api and worker", false);
        cache = group("Cache", "Redis from api and worker", false);

        albHttps.addEgressRule(api, Port.tcp(APP_PORT), "ALB to api targets and health checks");
        api.addIngressRule(albHttps, Port.tcp(APP_PORT), "ALB to api");
        for (SecurityGroup app : List.of(api, worker)) {
            database.addIngressRule(app, Port.tcp(POSTGRES_PORT), "app to PostgreSQL");
            cache.addIngressRule(app, Port.tcp(REDIS_PORT), "app to Redis");
        }
    }

    private SecurityGroup group(String id, String description, boolean allowAllOutbound) {
        return SecurityGroup.Builder.create(this, id).vpc(vpc).description(description)
                .allowAllOutbound(allowAllOutbound).build();
    }

    private static SubnetConfiguration subnet(String name, SubnetType type) {
        return SubnetConfiguration.builder().name(name).subnetType(type).cidrMask(22).build();
    }
}
