package ua.zalik.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.assertions.Template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
}
