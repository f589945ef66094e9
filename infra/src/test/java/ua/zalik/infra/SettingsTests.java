package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsTests {

    @Test
    void aMissingCertificateIsNamedBeforeAnythingIsBuilt() {
        App app = new App(AppProps.builder().context(Map.of("zalik:staging", Map.of("apiDomainName", "x"))).build());
        assertThatThrownBy(() -> Settings.forEnvironment(app.getNode(), "staging"))
                .hasMessageContaining("certificateArn").hasMessageContaining("zalik:staging");
    }

    @Test
    void onlyStagingAndProductionExist() {
        assertThatThrownBy(() -> Settings.forEnvironment(new App().getNode(), "dev"))
                .hasMessageContaining("-c env=staging");
    }

    @Test
    void contextOverridesTheEnvironmentsDefaults() {
        App app = new App(AppProps.builder().context(Map.of("zalik:staging", Map.of(
                "certificateArn", "arn:c", "apiDomainName", "api.x", "multiAz", "true"))).build());
        Settings staging = Settings.forEnvironment(app.getNode(), "staging");
        assertThat(staging.multiAz()).isTrue();
        assertThat(staging.certificateArn()).isEqualTo("arn:c");
        assertThat(staging.cloudFrontPrefixListId()).isEqualTo("pl-a3a144ca");
    }
}
