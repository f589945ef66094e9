package ua.zalik.dialogs.onboarding;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;
import ua.zalik.users.InviteRedemption;
import ua.zalik.users.UsersService;

/**
 * {@code /start <code>} (the invite's deep link) joins the school in the invite's role; {@code /start} alone explains
 * how to join and takes a pasted code.
 */
@Component
class StartDialog extends DeclaredDialog<StartDialog.State> {

    enum State { ASK_CODE }

    private final UsersService users;

    StartDialog(UsersService users) {
        super("start", Audience.everyone(), State.class);
        this.users = users;
    }

    @Override
    public Transition<State> open(Turn turn, String code) {
        if (!code.isBlank()) {
            InviteRedemption redemption = users.redeemInvite(code, turn.identity());
            return Transition.done(redemption.joined() ? greeting(turn, redemption) : refusal(turn, redemption));
        }
        return turn.account().isPresent()
                ? Transition.done(turn.text("start.welcome-back", turn.account().get().fullName()))
                : Transition.switchTo(State.ASK_CODE);
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case ASK_CODE -> Window.of(State.class, turn -> Screen.of(turn.text("start.how-to-join"))
                            .row(Screen.choice(turn.text("button.cancel"), "cancel")))
                    .onText((turn, text) -> {
                        InviteRedemption redemption = users.redeemInvite(code(text), turn.identity());
                        return redemption.joined() ? Transition.done(greeting(turn, redemption))
                                : Transition.stay(refusal(turn, redemption));
                    })
                    .onButton((turn, action) -> Transition.cancel())
                    .finishes();
        };
    }

    /** A pasted deep link works as well as the bare code. */
    private static String code(String text) {
        String trimmed = text.trim();
        int start = trimmed.indexOf("start=");
        return start >= 0 ? trimmed.substring(start + "start=".length()) : trimmed;
    }

    private static String greeting(Turn turn, InviteRedemption joined) {
        Account account = joined.account();
        String name = account.fullName();
        if (joined.className() != null) {
            return turn.text("start.joined.student", name, joined.className(), joined.schoolName());
        }
        if (joined.childName() != null) {
            return turn.text("start.joined.parent", name, joined.childName(), joined.schoolName());
        }
        if (account.has(Role.TEACHER)) {
            return turn.text("start.joined.teacher", name, joined.schoolName());
        }
        return turn.text("start.joined.other", name, joined.schoolName());
    }

    private static String refusal(Turn turn, InviteRedemption failed) {
        return turn.text(switch (failed.outcome()) {
            case EXPIRED -> "start.refused.expired";
            case USED_UP -> "start.refused.used-up";
            case OTHER_SCHOOL -> "start.refused.other-school";
            default -> "start.refused.unknown";
        });
    }
}
