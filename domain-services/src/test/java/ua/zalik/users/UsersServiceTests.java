package ua.zalik.users;

import org.junit.jupiter.api.Test;
import ua.zalik.testsupport.SchoolFixture;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class UsersServiceTests {

    @Autowired SchoolFixture fixture;
    @Autowired UsersService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void passwordIsStoredAsArgon2idWithAtLeast19MebibytesAndTwoIterations() {
        SchoolFixture.World w = fixture.create();
        String hash = jdbc.queryForObject("select password_hash from users.credential where account_id = ?", String.class, w.admin().id());

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hash).doesNotContain("admin-password");
    }

    @Test
    void authenticatesByEmailInAnyCaseAndRejectsAWrongPassword() {
        SchoolFixture.World w = fixture.create();

        assertThat(users.authenticate(w.admin().email().toUpperCase(), "admin-password")).map(Account::id).contains(w.admin().id());
        assertThat(users.authenticate(w.admin().email(), "wrong-password")).isEmpty();
        assertThat(users.authenticate("nobody-" + w.admin().email(), "admin-password")).isEmpty();
        assertThat(users.authenticate(w.studentA().email(), "")).isEmpty();
    }

    @Test
    void emailIsUniqueWhateverItsCase() {
        SchoolFixture.World w = fixture.create();
        assertThatThrownBy(() -> users.createAccount(w.actor(w.admin()), new NewAccount(0, "Twin", w.teacher().email().toUpperCase(),
                null, Set.of(Role.TEACHER), "uk"))).isInstanceOf(ConflictException.class);
    }

    @Test
    void parentActorCarriesItsChildren() {
        SchoolFixture.World w = fixture.create();
        assertThat(w.actor(w.parent()).childIds()).containsExactly(w.studentA().id());
    }

    @Test
    void parentSeesTheirChildButNotAnotherStudent() {
        SchoolFixture.World w = fixture.create();

        assertThat(users.account(w.actor(w.parent()), w.studentA().id()).fullName()).isEqualTo(w.studentA().fullName());
        assertThatThrownBy(() -> users.account(w.actor(w.parent()), w.studentB().id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void teacherSeesStudentsOfTheirClassesOnly() {
        SchoolFixture.World w = fixture.create();

        assertThat(users.accounts(w.actor(w.teacher()), Role.STUDENT, PageRequest.first(50)).items())
                .extracting(Account::id).containsExactly(w.studentA().id());
        assertThatThrownBy(() -> users.account(w.actor(w.teacher()), w.studentB().id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void studentCannotListAccountsNorSeeAClassmate() {
        SchoolFixture.World w = fixture.create();

        assertThatThrownBy(() -> users.accounts(w.actor(w.studentA()), null, PageRequest.first(10))).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> users.account(w.actor(w.studentA()), w.studentB().id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void adminOfOneSchoolFindsNothingOfAnother() {
        SchoolFixture.World mine = fixture.create();
        SchoolFixture.World theirs = fixture.create();

        assertThatThrownBy(() -> users.account(mine.actor(mine.admin()), theirs.studentA().id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.linkGuardian(mine.actor(mine.admin()), mine.parent().id(), theirs.studentA().id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.accounts(mine.actor(mine.admin()), null, PageRequest.first(200)).items())
                .allMatch(account -> account.schoolId() == mine.school().id());
    }

    @Test
    void adminCannotDropTheirOwnAdminRole() {
        SchoolFixture.World w = fixture.create();
        assertThatThrownBy(() -> users.updateRoles(w.actor(w.admin()), w.admin().id(), Set.of(Role.TEACHER)))
                .isInstanceOf(ConflictException.class);
        assertThat(users.updateRoles(w.actor(w.admin()), w.teacher().id(), Set.of(Role.TEACHER, Role.PARENT)).roles())
                .containsExactlyInAnyOrder(Role.TEACHER, Role.PARENT);
    }

    @Test
    void onlyAdminOrSelfChangesAPassword() {
        SchoolFixture.World w = fixture.create();
        users.setPassword(w.actor(w.teacher()), w.teacher().id(), "new-teacher-password");
        assertThat(users.authenticate(w.teacher().email(), "new-teacher-password")).isPresent();

        assertThatThrownBy(() -> users.setPassword(w.actor(w.parent()), w.studentA().id(), "child-password"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void blockedChatMarksTheTelegramLinkInactive() {
        SchoolFixture.World w = fixture.create();
        long telegramUser = System.nanoTime();
        users.linkTelegram(w.studentA().id(), new TelegramIdentity(telegramUser, telegramUser, "A", null, "uk"));

        users.markTelegramInactive(telegramUser);

        assertThat(users.telegramLink(w.studentA().id())).hasValueSatisfying(link -> assertThat(link.active()).isFalse());
        assertThat(users.findByTelegramUser(telegramUser)).map(Account::id).contains(w.studentA().id());
    }

    @Test
    void aTelegramUserIsFoundWithTheirAccountRolesAndLinkInOneRead() {
        SchoolFixture.World w = fixture.create();
        long telegramUser = System.nanoTime();
        users.linkTelegram(w.parent().id(), new TelegramIdentity(telegramUser, telegramUser + 1, "P", null, "en"));
        users.markTelegramInactive(telegramUser + 1);

        assertThat(users.findTelegramAccount(telegramUser)).hasValueSatisfying(found -> {
            assertThat(found.account()).isEqualTo(users.findByTelegramUser(telegramUser).orElseThrow());
            assertThat(found.account().roles()).contains(Role.PARENT);
            assertThat(found.link()).isEqualTo(new TelegramLink(telegramUser, w.parent().id(), telegramUser + 1, false));
        });
        assertThat(users.findTelegramAccount(telegramUser + 2)).isEmpty();
        assertThat(users.actorFor(found(telegramUser))).isEqualTo(users.actorFor(w.parent().id()));
    }

    private Account found(long telegramUser) {
        return users.findTelegramAccount(telegramUser).orElseThrow().account();
    }
}
