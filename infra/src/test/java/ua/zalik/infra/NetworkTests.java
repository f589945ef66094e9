package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static ua.zalik.infra.Synthesized.PRODUCTION;
import static ua.zalik.infra.Synthesized.PRODUCTION_TEMPLATE;
import static ua.zalik.infra.Synthesized.logicalId;

class NetworkTests {

    private final Template template = PRODUCTION_TEMPLATE;
    private final Network network = PRODUCTION.network;

    @Test
    void vpcHasPublicAppAndDataSubnetsInTwoZones() {
        Map<String, Map<String, Object>> subnets = template.findResources("AWS::EC2::Subnet");
        assertThat(subnets).hasSize(6);
        assertThat(subnets.values().stream().map(s -> ((Map<?, ?>) s.get("Properties")).get("AvailabilityZone")).distinct())
                .hasSize(2);
        template.resourceCountIs("AWS::EC2::NatGateway", 2);
        template.resourceCountIs("AWS::EC2::FlowLog", 1);
    }

    @Test
    void onlyCloudFrontReachesTheLoadBalancer() {
        assertThat(ingressTo(network.albHttps)).containsExactly("pl-a3a144ca:443");
        assertThat(ingressTo(network.albHttp)).containsExactly("pl-a3a144ca:80");
        // no group anywhere opens a port to an address range (the internet included)
        var inline = template.findResources("AWS::EC2::SecurityGroup").values().stream()
                .map(r -> ((Map<?, ?>) r.get("Properties")).get("SecurityGroupIngress"))
                .filter(java.util.Objects::nonNull).map(Object::toString);
        var standalone = template.findResources("AWS::EC2::SecurityGroupIngress").values().stream().map(Object::toString);
        assertThat(java.util.stream.Stream.concat(inline, standalone)).noneMatch(rule -> rule.contains("CidrIp"));
    }

    @Test
    void apiTakesTrafficOnlyFromTheLoadBalancer() {
        // both groups sit on the one ALB (each listener port has its own because of the prefix list's weight)
        assertThat(ingressTo(network.api))
                .containsExactlyInAnyOrder(ingress(network.albHttps, 8080), ingress(network.albHttp, 8080));
    }

    @Test
    void workerTakesNoTraffic() {
        assertThat(ingressTo(network.worker)).isEmpty();
    }

    @Test
    void postgresAndRedisTakeTrafficOnlyFromTheApp() {
        assertThat(ingressTo(network.database))
                .containsExactlyInAnyOrder(ingress(network.api, 5432), ingress(network.worker, 5432));
        assertThat(ingressTo(network.cache))
                .containsExactlyInAnyOrder(ingress(network.api, 6379), ingress(network.worker, 6379));
    }

    @Test
    void dataStoresCannotCallOut() {
        for (var group : List.of(network.database, network.cache)) {
            Map<String, Object> props = Synthesized.properties(template, group);
            assertThat(props.get("SecurityGroupEgress").toString()).contains("255.255.255.255/32"); // CDK's "no egress"
        }
    }

    private List<String> ingressTo(software.amazon.awscdk.services.ec2.SecurityGroup group) {
        String target = logicalId(group);
        return template.findResources("AWS::EC2::SecurityGroupIngress").values().stream()
                .map(r -> (Map<?, ?>) r.get("Properties"))
                .filter(p -> p.get("GroupId").toString().contains(target))
                .map(p -> (p.containsKey("SourcePrefixListId") ? p.get("SourcePrefixListId")
                        : p.get("SourceSecurityGroupId").toString().replaceAll(".*?\\[(\\w+),.*", "$1"))
                        + ":" + p.get("FromPort"))
                .toList();
    }

    private static String ingress(software.amazon.awscdk.services.ec2.SecurityGroup from, int port) {
        return logicalId(from) + ":" + port;
    }
}
