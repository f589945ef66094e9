package ua.zalik.infra;

import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.autoscaling.AutoScalingGroup;
import software.amazon.awscdk.services.ec2.BlockDevice;
import software.amazon.awscdk.services.ec2.BlockDeviceVolume;
import software.amazon.awscdk.services.ec2.EbsDeviceOptions;
import software.amazon.awscdk.services.ec2.EbsDeviceVolumeType;
import software.amazon.awscdk.services.autoscaling.HealthChecks;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthChecksOptions;
import software.amazon.awscdk.services.autoscaling.AdditionalHealthCheckType;
import software.amazon.awscdk.services.autoscaling.GroupMetrics;
import software.amazon.awscdk.services.autoscaling.NotificationConfiguration;
import software.amazon.awscdk.services.autoscaling.RollingUpdateOptions;
import software.amazon.awscdk.services.autoscaling.Signals;
import software.amazon.awscdk.services.autoscaling.SignalsOptions;
import software.amazon.awscdk.services.autoscaling.UpdatePolicy;
import software.amazon.awscdk.services.ec2.AmazonLinux2023ImageSsmParameterProps;
import software.amazon.awscdk.services.ec2.AmazonLinuxCpuType;
import software.amazon.awscdk.services.ec2.InstanceType;
import software.amazon.awscdk.services.ec2.LaunchTemplate;
import software.amazon.awscdk.services.ec2.MachineImage;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.UserData;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.sns.ITopic;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/** One role of the app (api or worker): its instance role, log group, launch template and auto scaling group. */
final class Fleet extends Construct {

    record Size(int min, int max) {
    }

    final Role role;
    final LogGroup logs;
    final AutoScalingGroup group;

    Fleet(Construct scope, String id, Settings settings, Network network, SecurityGroup securityGroup,
          String appRole, Size size, BootScript boot, ITopic alarms, boolean behindLoadBalancer) {
        super(scope, id);
        role = Role.Builder.create(this, "Role")
                .assumedBy(new ServicePrincipal("ec2.amazonaws.com"))
                .description("Zalik " + appRole + " instances")
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("AmazonSSMManagedInstanceCore"),
                        ManagedPolicy.fromAwsManagedPolicyName("CloudWatchAgentServerPolicy")))
                .build();
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:PutMetricData"))
                .resources(List.of("*"))
                .conditions(Map.of("StringEquals", Map.of("cloudwatch:namespace", "Zalik")))
                .build());
        role.addToPolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudformation:SignalResource"))
                .resources(List.of(Stack.of(this).getStackId()))
                .build());

        logs = LogGroup.Builder.create(this, "Logs")
                .logGroupName("/zalik/" + settings.environment() + "/" + appRole)
                .retention(settings.logRetention())
                .removalPolicy(RemovalPolicy.DESTROY)
                .build();

        UserData userData = UserData.forLinux();
        LaunchTemplate template = LaunchTemplate.Builder.create(this, "Template")
                .machineImage(MachineImage.latestAmazonLinux2023(AmazonLinux2023ImageSsmParameterProps.builder()
                        .cpuType(AmazonLinuxCpuType.ARM_64).build()))
                .instanceType(new InstanceType(settings.instanceType()))
                .securityGroup(securityGroup)
                .role(role)
                .userData(userData)
                .requireImdsv2(true)
                .detailedMonitoring(true)
                .blockDevices(List.of(BlockDevice.builder()
                        .deviceName("/dev/xvda")
                        .volume(BlockDeviceVolume.ebs(20,
                                EbsDeviceOptions.builder()
                                        .encrypted(true)
                                        .volumeType(EbsDeviceVolumeType.GP3)
                                        .build()))
                        .build()))
                .build();

        Duration ready = Duration.minutes(15);
        AutoScalingGroup.Builder builder = AutoScalingGroup.Builder.create(this, "Group")
                .vpc(network.vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .launchTemplate(template)
                .minCapacity(size.min())
                .maxCapacity(size.max())
                .notifications(List.of(NotificationConfiguration.builder().topic(alarms).build()))
                // a new release replaces instances one at a time; one that never reports ready rolls the stack back
                .signals(Signals.waitForMinCapacity(SignalsOptions.builder().timeout(ready).build()))
                .updatePolicy(UpdatePolicy.rollingUpdate(RollingUpdateOptions.builder()
                        .maxBatchSize(1).minInstancesInService(size.min()).pauseTime(ready).build()))
                .groupMetrics(List.of(GroupMetrics.all()));
        if (behindLoadBalancer) {
            builder.healthChecks(HealthChecks.withAdditionalChecks(AdditionalHealthChecksOptions.builder()
                    .additionalTypes(List.of(AdditionalHealthCheckType.ELB)).gracePeriod(Duration.minutes(10)).build()));
        }
        group = builder.build();

        String logicalId = Stack.of(this).getLogicalId((CfnElement) group.getNode().getDefaultChild());
        userData.addCommands(boot.render(logs.getLogGroupName(), Stack.of(this).getStackName(), logicalId));
    }
}
