package ua.zalik.infra;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.constructs.IConstruct;

/** cdk-nag suppressions, each with the reason it is safe here. */
final class Nag {

    private Nag() {
    }

    static NagPackSuppression reason(String rule, String reason) {
        return NagPackSuppression.builder().id(rule).reason(reason).build();
    }

    /** Suppresses {@code rule} on the construct and everything under it. */
    static void suppress(IConstruct construct, String rule, String reason) {
        NagSuppressions.addResourceSuppressions(construct, java.util.List.of(reason(rule, reason)), true);
    }
}
