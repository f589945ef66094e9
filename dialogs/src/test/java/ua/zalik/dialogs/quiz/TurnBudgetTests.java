package ua.zalik.dialogs.quiz;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import ua.zalik.bot.fakeapi.FakeMessage;
import ua.zalik.dialogs.ChatTestSupport;
import ua.zalik.dialogs.TurnStatements;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query budgets of the turns a quiz day is made of: how many SQL statements one turn sends, counted, never timed. A
 * change that makes a student's turn talk to the database more often fails here; lower the budget when a turn gets
 * cheaper. Each budget includes the insert that keeps the turn's replies (the chat outbox); after its replies went
 * out, a turn sends one statement more, the delete that forgets them.
 */
class TurnBudgetTests extends ChatTestSupport {

    static final int LIST_BUDGET = 14;
    static final int START_BUDGET = 17;
    static final int ANSWER_BUDGET = 8;
    static final List<String> AFTER_DELIVERY = List.of("ChatOutboxMapper.forget");

    @Autowired QuizWorld worlds;

    @Test
    void listingStartingAndAnsweringASingleChoiceQuestionStayWithinTheirQueryBudgets() {
        QuizWorld.Setup s = worlds.create(QuizWorld.settings(null), 0);
        long chat = worlds.link(s.w().studentA().id(), newChat(), "en");

        FakeMessage list = reply(chat, "/tests");
        List<String> listing = TurnStatements.last(chat);
        FakeMessage q = TakingTestsTests.Student.press(chat, list, "▶ " + s.test().title());
        List<String> starting = TurnStatements.last(chat);
        assertThat(q.text()).startsWith("1/8");
        q = TakingTestsTests.Student.press(chat, q, "Kyiv");
        List<String> answering = TurnStatements.last(chat);
        assertThat(q.text()).startsWith("2/8");

        System.out.printf("SQL statements per turn: /tests %d %s%n  start %d %s%n  answer %d %s%n", listing.size(), listing,
                starting.size(), starting, answering.size(), answering);
        assertThat(listing).hasSizeLessThanOrEqualTo(LIST_BUDGET);
        assertThat(starting).hasSizeLessThanOrEqualTo(START_BUDGET);
        assertThat(answering).hasSizeLessThanOrEqualTo(ANSWER_BUDGET);
        await(() -> TurnStatements.forgetting(chat).size() == 3);
        assertThat(TurnStatements.forgetting(chat)).containsOnly(AFTER_DELIVERY);
    }
}
