package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;
import static ua.zalik.infra.Synthesized.logicalId;

class ComputeTests {

    private final Compute compute = PRODUCTION.compute;

    @Test
    void apiAndWorkerRunTheSameJarWithTheirRole() {
        String api = userData(compute.api);
        String worker = userData(compute.worker);
        for (String script : List.of(api, worker)) {
            assertThat(script)
                    .contains("aws s3 cp --region eu-central-1 's3://cdk-hnb659fds-assets-")
                    .contains("SPRING_PROFILES_ACTIVE=aws\n")
                    .contains("ZALIK_LOG_FORMAT=json\n")
                    .contains("TELEGRAM_MODE=webhook\n")
                    .contains("ZALIK_SQS_QUEUE_URL={" + logicalId(PRODUCTION.queue.events) + "}\n")
                    .contains("TELEGRAM_WEBHOOK_URL=https://{" + logicalId(PRODUCTION.edge.distribution) + ".DomainName}/telegram/webhook\n")
                    .contains("systemctl enable --now zalik");
        }
        assertThat(api).contains("ZALIK_ROLES=api\n").doesNotContain("ZALIK_ROLES=worker");
        assertThat(worker).contains("ZALIK_ROLES=worker\n").doesNotContain("ZALIK_ROLES=api");
        assertThat(api.replaceAll("[a-f0-9]{64}", "HASH")).isEqualTo(worker.replaceAll("[a-f0-9]{64}", "HASH")
                .replace("ZALIK_ROLES=worker", "ZALIK_ROLES=api")
                .replace(logicalId(compute.worker.group), logicalId(compute.api.group))
                .replace(logicalId(compute.worker.logs), logicalId(compute.api.logs)));
    }

    @Test
    void secretsComeFromSecretsManagerAtServiceStartNotFromTheTemplate() {
        String script = userData(compute.api);
        assertThat(script)
                .contains("ExecStartPre=+/opt/zalik/fetch-secrets.sh")
                .contains("--secret-id \"$1\"")
                .contains("db=$(get '{" + logicalId(PRODUCTION.database.secret) + "}')")
                .contains("ZALIK_REDIS_URL=rediss://:${redis}@{" + logicalId(PRODUCTION.cache.group) + ".PrimaryEndPoint.Address}:6379")
                .contains("TELEGRAM_WEBHOOK_SECRET=$(jq -r .webhookSecret")
                .contains("ZALIK_DB_URL=jdbc:postgresql://");
        assertThat(script).doesNotContain("{{resolve:");
    }

    @Test
    void theServiceStartsTheUnpackedJarWithAClassDataArchiveKeptAcrossRestarts() {
        String script = userData(compute.api);
        assertThat(script)
                .contains("java -Djarmode=tools -jar /opt/zalik/zalik-app.jar extract --destination /opt/zalik/app")
                .contains("-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=/opt/zalik/app/zalik.jsa -jar /opt/zalik/app/zalik-app.jar");
        assertThat(script.indexOf("extract --destination")).as("unpacked before the unit is written")
                .isLessThan(script.indexOf("ExecStart="));
    }

    @Test
    void theServiceStartsWithTheMemoryFlagsMeasuredUnderLoad() {
        for (String script : List.of(userData(compute.api), userData(compute.worker))) {
            String unit = script.substring(script.indexOf("[Service]"), script.indexOf("[Install]"));
            assertThat(unit)
                    .contains("Environment=MALLOC_MMAP_THRESHOLD_=32768\n")
                    .contains("ExecStart=/usr/bin/java -Xmx128m -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError ")
                    .as("a heap sized from the machine's memory would outgrow the budget on a t4g.medium")
                    .doesNotContain("MaxRAMPercentage");
        }
    }

    @Test
    void theCloudWatchAgentShipsTheJsonLogToTheRolesLogGroup() {
        assertThat(userData(compute.worker))
                .contains("StandardOutput=append:/var/log/zalik/app.log")
                .contains("\"file_path\": \"/var/log/zalik/app.log\", \"log_group_name\": \"{" + logicalId(compute.worker.logs) + "}\"")
                .contains("amazon-cloudwatch-agent-ctl -a fetch-config");
    }

    @Test
    void instancesRequireImdsV2AndEncryptedDisks() {
        PRODUCTION_TEMPLATE.resourcePropertiesCountIs("AWS::EC2::LaunchTemplate", Match.objectLike(Map.of(
                "LaunchTemplateData", Match.objectLike(Map.of(
                        "MetadataOptions", Map.of("HttpTokens", "required"),
                        "BlockDeviceMappings", List.of(Match.objectLike(Map.of(
                                "Ebs", Match.objectLike(Map.of("Encrypted", true, "VolumeType", "gp3"))))))))), 2);
    }

    @Test
    void apiIsBehindTheLoadBalancerCheckedOnReadiness() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::ElasticLoadBalancingV2::TargetGroup", Match.objectLike(Map.of(
                "Port", 8080,
                "HealthCheckPath", "/actuator/health/readiness",
                "TargetType", "instance")));
        Map<String, Object> api = Synthesized.properties(PRODUCTION_TEMPLATE, compute.api.group);
        assertThat(api.get("TargetGroupARNs").toString()).contains(logicalId(compute.apiTargets));
        assertThat(api).containsEntry("HealthCheckType", "ELB").containsEntry("MinSize", "2").containsEntry("MaxSize", "6");
        assertThat(Synthesized.properties(PRODUCTION_TEMPLATE, compute.worker.group)).doesNotContainKey("TargetGroupARNs");
    }

    @Test
    void apiScalesOnCpuAndRequestsWorkerOnQueueDepth() {
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                "AutoScalingGroupName", Map.of("Ref", logicalId(compute.api.group)),
                "TargetTrackingConfiguration", Match.objectLike(Map.of("PredefinedMetricSpecification",
                        Match.objectLike(Map.of("PredefinedMetricType", "ASGAverageCPUUtilization")))))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                "AutoScalingGroupName", Map.of("Ref", logicalId(compute.api.group)),
                "TargetTrackingConfiguration", Match.objectLike(Map.of("PredefinedMetricSpecification",
                        Match.objectLike(Map.of("PredefinedMetricType", "ALBRequestCountPerTarget")))))));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::AutoScaling::ScalingPolicy", Match.objectLike(Map.of(
                "AutoScalingGroupName", Map.of("Ref", logicalId(compute.worker.group)),
                "PolicyType", "StepScaling")));
        PRODUCTION_TEMPLATE.hasResourceProperties("AWS::CloudWatch::Alarm", Match.objectLike(Map.of(
                "MetricName", "ApproximateNumberOfMessagesVisible",
                "Dimensions", List.of(Map.of("Name", "QueueName",
                        "Value", Map.of("Fn::GetAtt", List.of(logicalId(PRODUCTION.queue.events), "QueueName")))),
                "AlarmActions", List.of(Match.objectLike(Map.of("Ref", Match.stringLikeRegexp("ComputeWorkerGroupQueueDepthUpper.*")))))));
    }

    @Test
    void aReleaseRollsOneInstanceAtATimeAndWaitsForReadiness() {
        Map<String, Object> api = Synthesized.resource(PRODUCTION_TEMPLATE, compute.api.group);
        assertThat(api.get("UpdatePolicy").toString()).contains("AutoScalingRollingUpdate").contains("WaitOnResourceSignals=true");
        assertThat(userData(compute.api)).contains("curl -fsS http://localhost:8080/actuator/health/readiness")
                .contains("cfn-signal -e \"$ready\"");
    }

    @Test
    void onlyTheWorkerReceivesFromTheQueue() {
        assertThat(policy(compute.worker)).contains("sqs:ReceiveMessage").contains("sqs:SendMessage");
        assertThat(policy(compute.api)).contains("sqs:SendMessage").doesNotContain("sqs:ReceiveMessage");
        assertThat(policy(compute.api)).contains("cloudwatch:namespace=Zalik");
    }

    private static String userData(Fleet fleet) {
        Map<?, ?> template = Synthesized.properties(PRODUCTION_TEMPLATE,
                fleet.getNode().findChild("Template").getNode().findChild("Resource"));
        return Synthesized.text(((Map<?, ?>) template.get("LaunchTemplateData")).get("UserData"));
    }

    private static String policy(Fleet fleet) {
        return PRODUCTION_TEMPLATE.findResources("AWS::IAM::Policy").values().stream()
                .filter(p -> p.toString().contains("Ref=" + logicalId(fleet.role)))
                .map(Object::toString).findFirst().orElseThrow();
    }
}
