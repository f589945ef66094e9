package ua.zalik.infra;

import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;

/**
 * {@code npx cdk deploy -c env=staging} (or production) from infra/. The jar comes from {@code -c jar=PATH},
 * by default the one {@code ./zalik build} makes. cdk-nag's AwsSolutions checks run on every synthesis.
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        String environment = context(app, "env", "staging");
        String jar = context(app, "jar", "../app/target/zalik-app.jar");
        new ZalikStack(app, "Zalik-" + environment, Settings.forEnvironment(app.getNode(), environment), jar);
        Aspects.of(app).add(new AwsSolutionsChecks());
        app.synth();
    }

    private static String context(App app, String key, String fallback) {
        Object value = app.getNode().tryGetContext(key);
        return value == null ? fallback : value.toString();
    }
}
