package ua.zalik.infra;

import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.elasticache.CfnSubnetGroup;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

import java.util.List;

/**
 * ElastiCache Redis as a replication group: TLS and encryption at rest, an AUTH token from Secrets Manager, a replica
 * in the second zone with automatic failover where the environment is Multi-AZ. The app connects with
 * {@code rediss://:<token>@<primary>:6379}.
 */
final class Cache extends Construct {

    final CfnReplicationGroup group;
    final Secret authToken;
    final String groupId;

    Cache(Construct scope, String id, Settings settings, Network network) {
        super(scope, id);
        groupId = "zalik-" + settings.environment();
        // Redis AUTH allows printable ASCII without @ " / ; letters and digits keep the URL and env file simple too
        authToken = Secret.Builder.create(this, "AuthToken")
                .description("Redis AUTH token of " + groupId)
                .generateSecretString(SecretStringGenerator.builder()
                        .passwordLength(64).excludePunctuation(true).build())
                .build();

        List<String> subnets = network.vpc.selectSubnets(SubnetSelection.builder()
                .subnetType(SubnetType.PRIVATE_ISOLATED).build()).getSubnetIds();
        CfnSubnetGroup subnetGroup = CfnSubnetGroup.Builder.create(this, "Subnets")
                .description("Zalik Redis, isolated subnets")
                .subnetIds(subnets)
                .build();

        group = CfnReplicationGroup.Builder.create(this, "Redis")
                .replicationGroupId(groupId)
                .replicationGroupDescription("Zalik cache, rate-limit buckets and short-lived state")
                .engine("redis")
                .engineVersion("7.1")
                .cacheNodeType(settings.cacheNodeType())
                .numCacheClusters(settings.multiAz() ? 2 : 1)
                .automaticFailoverEnabled(settings.multiAz())
                .multiAzEnabled(settings.multiAz())
                .cacheSubnetGroupName(subnetGroup.getRef())
                .securityGroupIds(List.of(network.cache.getSecurityGroupId()))
                .port(Network.REDIS_PORT)
                .transitEncryptionEnabled(true)
                .atRestEncryptionEnabled(true)
                .authToken(authToken.getSecretValue().unsafeUnwrap()) // a dynamic reference, resolved by CloudFormation
                .snapshotRetentionLimit(settings.production() ? 7 : 1)
                .autoMinorVersionUpgrade(true)
                .build();

        Nag.suppress(this, "AwsSolutions-AEC5", "6379 is only reachable from the app security groups in the VPC");
        Nag.suppress(authToken, "AwsSolutions-SMG4", "ElastiCache takes a new AUTH token through a ROTATE/SET "
                + "modification, not a rotation Lambda; docs/deploy.md has the procedure");
        if (!settings.multiAz()) {
            Nag.suppress(this, "AwsSolutions-AEC4", settings.environment() + " runs one node by choice (cost); "
                    + "production has a replica in the second zone");
        }
    }

    /** Host of the primary endpoint (writes go there). */
    String primaryHost() {
        return group.getAttrPrimaryEndPointAddress();
    }
}
