package ua.zalik.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.amazon.awscdk.services.rds.PostgresEngineVersion;
import software.amazon.awscdk.services.rds.PostgresInstanceEngineProps;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** RDS PostgreSQL in the isolated subnets: encrypted, backed up, Multi-AZ per environment, its login in Secrets Manager. */
final class Database extends Construct {

    static final String NAME = "zalik";

    final DatabaseInstance instance;
    final ISecret secret;

    Database(Construct scope, String id, Settings settings, Network network) {
        super(scope, id);
        String identifier = "zalik-" + settings.environment();
        // made here rather than by cloudwatchLogsRetention, which would add a Lambda just to set the retention
        List<LogGroup> logGroups = Stream.of("postgresql", "upgrade").map(kind -> LogGroup.Builder.create(this, kind)
                .logGroupName("/aws/rds/instance/" + identifier + "/" + kind)
                .retention(settings.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build()).toList();
        instance = DatabaseInstance.Builder.create(this, "Postgres")
                .instanceIdentifier(identifier)
                .engine(DatabaseInstanceEngine.postgres(PostgresInstanceEngineProps.builder()
                        .version(PostgresEngineVersion.VER_17).build()))
                .instanceType(new InstanceType(settings.dbInstanceClass()))
                .vpc(network.vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_ISOLATED).build())
                .securityGroups(List.of(network.database))
                .credentials(Credentials.fromGeneratedSecret("zalik"))
                .databaseName(NAME)
                .multiAz(settings.multiAz())
                .storageEncrypted(true)
                .allocatedStorage(settings.dbStorageGiB())
                .maxAllocatedStorage(settings.dbStorageGiB() * 4)
                .backupRetention(Duration.days(settings.dbBackupDays()))
                .deleteAutomatedBackups(false)
                .deletionProtection(settings.production())
                .removalPolicy(settings.production() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .cloudwatchLogsExports(List.of("postgresql", "upgrade"))
                .autoMinorVersionUpgrade(true)
                .enablePerformanceInsights(settings.production())
                .monitoringInterval(Duration.seconds(60))
                .build();
        logGroups.forEach(group -> instance.getNode().addDependency(group));
        secret = instance.getSecret();

        List<NagPackSuppression> reasons = new ArrayList<>(List.of(
                Nag.reason("AwsSolutions-RDS11", "5432 is only reachable from the app security groups inside the VPC; "
                        + "a non-default port adds nothing there"),
                Nag.reason("AwsSolutions-IAM4", "the enhanced-monitoring role uses the AWS managed "
                        + "AmazonRDSEnhancedMonitoringRole policy, which is what AWS documents for it"),
                Nag.reason("AwsSolutions-SMG4", "the app reads the password at service start; rotation is the "
                        + "run-book procedure in docs/deploy.md (rotate, then restart the instances)")));
        if (!settings.multiAz()) {
            reasons.add(Nag.reason("AwsSolutions-RDS3", settings.environment() + " runs single-AZ by choice (cost); "
                    + "production sets multiAz"));
        }
        if (!settings.production()) {
            reasons.add(Nag.reason("AwsSolutions-RDS10", "staging can be torn down; production has deletion protection"));
        }
        NagSuppressions.addResourceSuppressions(this, reasons, true);
    }

}
