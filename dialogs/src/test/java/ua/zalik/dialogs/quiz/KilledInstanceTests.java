package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.engine.DyingInstance;
import ua.zalik.dialogs.engine.OutboxSweep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The instance a student's quiz turn ran on dies right after the turn committed: the student still gets the question
 * (and the practice poll), from a sweep on a live instance, once; and what they answer takes effect as usual.
 */
class KilledInstanceTests extends ChatTestSupport {

    @Autowired QuizWorld worlds;
    @Autowired DyingInstance dying;
    @Autowired OutboxSweep sweep;
    @Autowired io.micrometer.core.instrument.MeterRegistry meters;

    @Test
    void theQuestionOfATurnWhoseInstanceDiedAfterItsCommitReachesTheStudentOnceAndTakesAnswers() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage list = reply(chat, "/tests");

        dying.presses(chat, "en", list.messageId(), list.callbackOf("▶ " + s.test().title()));

        assertThat(dying.kept(chat)).isNotEmpty();
        assertThat(message(chat, list.messageId()).edits()).as("nothing went out before the death").isZero();
        dying.backdate(chat);
        sweep.sweep();
        FakeMessage question = edited(chat, list.messageId(), 1);
        assertThat(question.text()).startsWith("1/8");
        await(() -> dying.kept(chat).isEmpty());

        FakeMessage next = TakingTestsTests.Student.press(chat, question, "Kyiv");
        assertThat(next.text()).startsWith("2/8");
        assertThat(next.edits()).as("the question came once, then the answer's edit").isEqualTo(2);
        assertThat(FAKE.messagesTo(chat)).hasSize(1);
    }

    @Test
    void aKeptEditIsNotSentOnceTheStudentAskedAgainAndGotANewerScreen() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage list = reply(chat, "/tests");
        dying.presses(chat, "en", list.messageId(), list.callbackOf("▶ " + s.test().title()));
        assertThat(dying.kept(chat)).isNotEmpty();

        // no question came, so the student asks for the list again and starts from it; a live instance shows question 1
        // and the student answers it before the dead instance's lease runs out
        FakeMessage again = reply(chat, "/tests");
        FakeMessage question = TakingTestsTests.Student.press(chat, again, "⏯ Continue: " + s.test().title());
        assertThat(question.text()).startsWith("1/8");
        FakeMessage second = TakingTestsTests.Student.press(chat, question, "Kyiv");
        assertThat(second.text()).startsWith("2/8");
        double staleBefore = meters.counter("zalik.dialogs.outbox", "outcome", "stale").count();
        dying.backdate(chat);
        sweep.sweep();

        assertThat(dying.kept(chat)).as("the stale edit is dropped, not left for later").isEmpty();
        assertThat(meters.counter("zalik.dialogs.outbox", "outcome", "stale").count()).isEqualTo(staleBefore + 1);
        assertThat(message(chat, again.messageId()).text()).as("question 2 stays on screen").startsWith("2/8");
        assertThat(message(chat, list.messageId()).edits()).as("the old list is not turned into question 1").isZero();
    }

    @Test
    void aPracticePollSentAgainAfterTheDeathStillBringsItsAnswerToThePractice() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");
        FakeMessage first = TakingTestsTests.Student.press(chat, reply(chat, "/tests"), "▶ " + s.test().title());
        FakeMessage confirm = TakingTestsTests.Student.answerAll(chat, first, "en", true);
        TakingTestsTests.Student.press(chat, confirm, "✅ Submit");
        int before = FAKE.messagesTo(chat).size();

        dying.sends(chat, "en", "/practice");
        dying.backdate(chat);
        sweep.sweep();

        FakeMessage intro = FAKE.awaitMessages(chat, before + 2, WAIT).get(before);
        assertThat(intro.text()).startsWith("🧠 Practice.");
        FakeMessage poll = FAKE.messagesTo(chat).get(before + 1);
        assertThat(poll.poll()).isNotNull();
        await(() -> dying.kept(chat).isEmpty());
        FAKE.userAnswersPoll(chat, poll.messageId(), 0);
        assertThat(FAKE.awaitMessages(chat, before + 3, WAIT).get(before + 2).text())
                .isEqualTo("✅ Right! Practice so far: 1 right of 1.");
        assertThat(FAKE.messagesTo(chat)).hasSize(before + 3);
    }
}
