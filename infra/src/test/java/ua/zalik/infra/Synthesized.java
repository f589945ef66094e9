package ua.zalik.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Both environments synthesized once per JVM (jsii is slow to start), with cdk-nag applied, for every test class.
 * The jar is a small temp file, so these tests never need the app built.
 */
final class Synthesized {

    static final String CERTIFICATE = "arn:aws:acm:eu-central-1:111111111111:certificate/test";
    static final String API_DOMAIN = "api.zalik.example";

    static final ZalikStack PRODUCTION;
    static final ZalikStack STAGING;
    static final Template PRODUCTION_TEMPLATE;
    static final Template STAGING_TEMPLATE;

    static {
        Path jar;
        try {
            jar = Files.createTempFile("zalik-app", ".jar");
            Files.writeString(jar, "not really a jar");
            jar.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> account = Map.of("certificateArn", CERTIFICATE, "apiDomainName", API_DOMAIN,
                "alarmEmail", "ops@zalik.example");
        App app = new App(AppProps.builder()
                .context(Map.of("zalik:production", account, "zalik:staging", account))
                .build());
        PRODUCTION = new ZalikStack(app, "Zalik-production",
                Settings.forEnvironment(app.getNode(), "production"), jar.toString());
        STAGING = new ZalikStack(app, "Zalik-staging",
                Settings.forEnvironment(app.getNode(), "staging"), jar.toString());
        Aspects.of(app).add(new AwsSolutionsChecks());
        PRODUCTION_TEMPLATE = Template.fromStack(PRODUCTION);
        STAGING_TEMPLATE = Template.fromStack(STAGING);
    }

    private Synthesized() {
    }

    static String logicalId(IConstruct construct) {
        CfnElement element = construct instanceof CfnElement e ? e : (CfnElement) construct.getNode().getDefaultChild();
        return Stack.of(construct).getLogicalId(element);
    }

    /** A CloudFormation value as text: literal parts as they are, every Ref/GetAtt/Sub as {logicalId} or {...}. */
    static String text(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Synthesized::text).collect(Collectors.joining());
        }
        if (value instanceof Map<?, ?> map) {
            if (map.containsKey("Fn::Join")) {
                List<?> join = (List<?>) map.get("Fn::Join");
                return ((List<?>) join.get(1)).stream().map(Synthesized::text)
                        .collect(Collectors.joining((String) join.get(0)));
            }
            if (map.containsKey("Fn::Base64")) {
                return text(map.get("Fn::Base64"));
            }
            if (map.containsKey("Ref")) {
                return "{" + map.get("Ref") + "}";
            }
            if (map.containsKey("Fn::GetAtt")) {
                return "{" + String.join(".", ((List<?>) map.get("Fn::GetAtt")).stream().map(Object::toString).toList()) + "}";
            }
            if (map.containsKey("Fn::Sub")) {
                return text(map.get("Fn::Sub"));
            }
        }
        return "{" + value + "}";
    }

    /** The one resource of this construct, as the template has it. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> resource(Template template, IConstruct construct) {
        Map<String, Object> resources = (Map<String, Object>) template.toJSON().get("Resources");
        return (Map<String, Object>) resources.get(logicalId(construct));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Template template, IConstruct construct) {
        return (Map<String, Object>) resource(template, construct).get("Properties");
    }
}
