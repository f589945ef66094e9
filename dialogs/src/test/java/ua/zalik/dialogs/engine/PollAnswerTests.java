package ua.zalik.dialogs.engine;

import org.junit.jupiter.api.Test;
import ua.zalik.bot.intake.IncomingUpdate;
import ua.zalik.kernel.Role;
import ua.zalik.users.Account;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** Poll answers carry the user, not the chat: the engine finds the dialog that sent the poll by the poll's id. */
class PollAnswerTests {

    private static final long CHAT = 4242;

    /** Sends one quiz poll tagged "q7"; says which option came back, whatever window is open then. */
    static final class PollDialog implements Dialog<PollDialog.State> {

        enum State { ASK }

        @Override
        public String command() {
            return "poll";
        }

        @Override
        public Class<State> states() {
            return State.class;
        }

        @Override
        public Window<State> window(State state) {
            return Window.of(State.class, turn -> Screen.of("Answer below").protect()
                            .poll(new Screen.Poll("2 + 2?", List.of("3", "4"), 1, "four", "q7")))
                    .onButton((turn, action) -> Transition.done("bye"))
                    .finishes();
        }

        @Override
        public String pollAnswered(Turn turn, String tag, List<Integer> optionIds) {
            return "poll " + tag + " got " + optionIds;
        }
    }

    private final AtomicLong updateIds = new AtomicLong();
    private final JsonRoundTripStore store = new JsonRoundTripStore();
    private final RecordingOutput output = new RecordingOutput();
    private final Optional<Account> account = Optional.of(new Account(7, 1, null, "Olena", Set.of(Role.STUDENT), "en"));
    private final DialogEngine engine = new DialogEngine(List.of(new PollDialog(), new NoteDraftDialog()), List.of(), store,
            output, (user, chat) -> account, DialogEngineTests.texts());

    @Test
    void anAnswerReachesTheDialogThatSentThePollEvenAfterAnotherOneOpened() {
        send(CHAT, "/poll");
        assertThat(output.last().html()).isEqualTo("Answer below");
        assertThat(output.last().message().protectContent()).isTrue();
        assertThat(output.polls).singleElement().satisfies(poll -> {
            assertThat(poll.quiz()).isTrue();
            assertThat(poll.correctOptionId()).isEqualTo(1);
            assertThat(poll.explanation()).isEqualTo("four");
        });
        String pollId = "poll-2"; // the recorder numbers messages and polls together: the text went as 1
        assertThat(store.poll(pollId)).isEqualTo(new PollOrigin(CHAT, "poll", "q7"));

        send(CHAT, "/draft");
        answer(CHAT, pollId, List.of(1));

        assertThat(output.last().html()).isEqualTo("poll q7 got [1]");
        assertThat(store.context(CHAT).dialog()).as("the open dialog stays open").isEqualTo("draft");
    }

    @Test
    void answersToUnknownPollsOrFromAnotherChatAreIgnored() {
        send(CHAT, "/poll");
        String pollId = "poll-2";
        assertThat(store.poll(pollId)).isNotNull();
        int shown = output.all().size();

        answer(CHAT, "someone-elses-poll", List.of(0));
        answer(CHAT + 1, pollId, List.of(0));

        assertThat(output.all()).hasSize(shown);
    }

    private void send(long chat, String text) {
        engine.handle(new IncomingUpdate(updateIds.incrementAndGet(), IncomingUpdate.Kind.COMMAND, chat,
                IncomingUpdate.ChatType.PRIVATE, user(chat), text, 1, null, null, null, null));
    }

    private void answer(long chat, String pollId, List<Integer> options) {
        engine.handle(new IncomingUpdate(updateIds.incrementAndGet(), IncomingUpdate.Kind.POLL_ANSWER, chat,
                IncomingUpdate.ChatType.PRIVATE, user(chat), null, null, null,
                new IncomingUpdate.PollAnswer(pollId, options), null, null));
    }

    private static IncomingUpdate.TelegramUser user(long chat) {
        return new IncomingUpdate.TelegramUser(chat, "Olena", null, "olena", "en");
    }
}
