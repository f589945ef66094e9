package ua.zalik.infra;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NagTests {

    @Test
    void productionHasNoUnsuppressedAwsSolutionsErrors() {
        assertThat(errors(Synthesized.PRODUCTION)).isEmpty();
    }

    @Test
    void stagingHasNoUnsuppressedAwsSolutionsErrors() {
        assertThat(errors(Synthesized.STAGING)).isEmpty();
    }

    @Test
    void noUnsuppressedAwsSolutionsWarningsEither() {
        assertThat(warnings(Synthesized.PRODUCTION)).isEmpty();
    }

    private static List<String> errors(ZalikStack stack) {
        return describe(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    }

    private static List<String> warnings(ZalikStack stack) {
        return describe(Annotations.fromStack(stack).findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*")));
    }

    private static List<String> describe(List<SynthesisMessage> messages) {
        return messages.stream().map(m -> m.getId() + ": " + m.getEntry().getData()).toList();
    }
}
