package ua.zalik.users;

import org.junit.jupiter.api.Test;
import ua.zalik.testsupport.SchoolFixture;
import ua.zalik.testsupport.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ua.zalik.users.InviteRedemption.Outcome;

@SpringBootTest
class InviteTests {

    private static final AtomicLong TELEGRAM_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L * 1000);

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired SchoolService school;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;

    @Test
    void studentInviteJoinsTheClassAndLinksTelegram() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.teacher()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 30));
        TelegramIdentity who = newTelegramUser("Оксана", "Коваль", "uk");

        InviteRedemption redemption = users.redeemInvite(invite.code(), who);

        assertThat(redemption.outcome()).isEqualTo(Outcome.JOINED);
        assertThat(redemption.className()).isEqualTo("7-A");
        assertThat(redemption.account().fullName()).isEqualTo("Оксана Коваль");
        assertThat(redemption.account().roles()).containsExactly(Role.STUDENT);
        assertThat(school.studentIdsOf(w.classA().id())).contains(redemption.account().id());
        assertThat(jdbc.queryForObject("select chat_id from users.telegram_link where telegram_user_id = ?", Long.class,
                who.telegramUserId())).isEqualTo(who.chatId());
        assertThat(invite.deepLink()).isEqualTo("https://t.me/ZalikBot?start=" + invite.code());
        assertThat(invite.code()).matches("[A-Za-z0-9_-]{22}");
    }

    @Test
    void parentInviteLinksTheChild() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.PARENT, null, w.studentB().id(), null, null));

        InviteRedemption redemption = users.redeemInvite(invite.code(), newTelegramUser("Mary", "Smith", "en-GB"));

        assertThat(redemption.outcome()).isEqualTo(Outcome.JOINED);
        assertThat(redemption.childName()).isEqualTo(w.studentB().fullName());
        assertThat(redemption.account().language()).isEqualTo("en");
        assertThat(users.isGuardianOf(redemption.account().id(), w.studentB().id())).isTrue();
        assertThat(users.actorFor(redemption.account().id()).childIds()).containsExactly(w.studentB().id());
    }

    @Test
    void teacherInviteJoinsTheSchool() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.TEACHER, null, null, null, null));

        InviteRedemption redemption = users.redeemInvite(invite.code(), newTelegramUser("Taras", null, "uk"));

        assertThat(redemption.account().schoolId()).isEqualTo(w.school().id());
        assertThat(redemption.account().roles()).containsExactly(Role.TEACHER);
        assertThat(redemption.schoolName()).isEqualTo(w.school().name());
    }

    @Test
    void expiredUsedUpAndUnknownCodesSayWhy() {
        SchoolFixture.World w = fixture.create();
        Invite once = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1));
        users.redeemInvite(once.code(), newTelegramUser("First", null, "uk"));
        Invite expired = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, Duration.ofDays(1), 5));
        clock.advance(Duration.ofDays(1));

        assertThat(users.redeemInvite(once.code(), newTelegramUser("Second", null, "uk")).outcome()).isEqualTo(Outcome.USED_UP);
        assertThat(users.redeemInvite(expired.code(), newTelegramUser("Late", null, "uk")).outcome()).isEqualTo(Outcome.EXPIRED);
        assertThat(users.redeemInvite("no-such-code", newTelegramUser("Guess", null, "uk")).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(users.redeemInvite("<script>", newTelegramUser("Evil", null, "uk")).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void revokedInviteNoLongerWorks() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.teacher()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 5));
        users.revokeInvite(w.actor(w.teacher()), invite.id());

        assertThat(users.redeemInvite(invite.code(), newTelegramUser("Late", null, "uk")).outcome()).isEqualTo(Outcome.UNKNOWN);
    }

    @Test
    void openingTheSameLinkAgainChangesNothing() {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1));
        TelegramIdentity who = newTelegramUser("Repeat", null, "uk");

        users.redeemInvite(invite.code(), who);
        InviteRedemption again = users.redeemInvite(invite.code(), who);

        assertThat(again.outcome()).isEqualTo(Outcome.ALREADY_JOINED);
        assertThat(jdbc.queryForObject("select uses from users.invite where id = ?", Integer.class, invite.id())).isEqualTo(1);
    }

    @Test
    void twoPeopleRedeemingALastUseAtOnceLeaveExactlyOneWinner() throws Exception {
        SchoolFixture.World w = fixture.create();
        Invite invite = users.createInvite(w.actor(w.admin()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Outcome>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            TelegramIdentity who = newTelegramUser("Racer " + i, null, "uk");
            racers.add(() -> {
                start.await();
                return users.redeemInvite(invite.code(), who).outcome();
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Outcome>> results = racers.stream().map(pool::submit).toList();
        start.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();

        assertThat(outcomes).containsOnlyOnce(Outcome.JOINED).containsOnly(Outcome.JOINED, Outcome.USED_UP);
        assertThat(jdbc.queryForObject("select uses from users.invite where id = ?", Integer.class, invite.id())).isEqualTo(1);
    }

    @Test
    void accountOfAnotherSchoolCannotJoinByInvite() {
        SchoolFixture.World mine = fixture.create();
        SchoolFixture.World theirs = fixture.create();
        TelegramIdentity who = newTelegramUser("Mover", null, "uk");
        users.redeemInvite(users.createInvite(mine.actor(mine.admin()), new NewInvite(Role.TEACHER, null, null, null, null)).code(), who);

        Invite foreign = users.createInvite(theirs.actor(theirs.admin()), new NewInvite(Role.TEACHER, null, null, null, null));

        assertThat(users.redeemInvite(foreign.code(), who).outcome()).isEqualTo(Outcome.OTHER_SCHOOL);
    }

    @Test
    void teachersInviteOnlyToClassesTheyTeachAndSeeOnlyTheirInvites() {
        SchoolFixture.World w = fixture.create();

        assertThatThrownBy(() -> users.createInvite(w.actor(w.teacher()), new NewInvite(Role.STUDENT, w.classB().id(), null, null, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.createInvite(w.actor(w.teacher()), new NewInvite(Role.TEACHER, null, null, null, 1)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.createInvite(w.actor(w.studentA()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1)))
                .isInstanceOf(ForbiddenException.class);
        users.createInvite(w.actor(w.admin()), new NewInvite(Role.TEACHER, null, null, null, 1));
        Invite mine = users.createInvite(w.actor(w.teacher()), new NewInvite(Role.STUDENT, w.classA().id(), null, null, 1));

        assertThat(users.invites(w.actor(w.teacher()), PageRequest.first(50)).items()).extracting(Invite::id).containsExactly(mine.id());
        assertThat(users.invites(w.actor(w.admin()), PageRequest.first(50)).total()).isEqualTo(2);
    }

    @Test
    void inviteToAnotherSchoolsClassIsNotFound() {
        SchoolFixture.World mine = fixture.create();
        SchoolFixture.World theirs = fixture.create();
        assertThatThrownBy(() -> users.createInvite(mine.actor(mine.admin()), new NewInvite(Role.STUDENT, theirs.classA().id(), null, null, 1)))
                .isInstanceOf(NotFoundException.class);
    }

    private static TelegramIdentity newTelegramUser(String first, String last, String language) {
        long id = TELEGRAM_IDS.incrementAndGet();
        return new TelegramIdentity(id, id, first, last, language);
    }
}
