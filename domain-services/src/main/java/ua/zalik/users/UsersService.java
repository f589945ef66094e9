package ua.zalik.users;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ConflictException;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accounts, roles, passwords, guardianship and Telegram links. Who may see an account: an admin of its
 * school, the account itself, a parent their children, a teacher the students of classes they teach.
 */
@Service
public class UsersService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{2,}$");

    private final AccountMapper accounts;
    private final Passwords passwords;
    private final SchoolService school;
    private final InviteRedeemer redeemer;
    private final InviteIssuer issuer;

    UsersService(AccountMapper accounts, Passwords passwords, SchoolService school, InviteRedeemer redeemer,
                 InviteIssuer issuer) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.school = school;
        this.redeemer = redeemer;
        this.issuer = issuer;
    }

    /** Creates an account without asking anyone: for seeding and operators, never for a request from outside. */
    @Transactional
    public Account registerAccount(NewAccount account) {
        school.school(account.schoolId());
        String email = email(account.email());
        long id;
        try {
            id = accounts.insertAccount(account.schoolId(), name(account.fullName()), email, language(account.language()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("an account with email " + email + " already exists");
        }
        if (account.roles() == null || account.roles().isEmpty()) {
            throw new InvalidInputException("an account needs at least one role");
        }
        account.roles().forEach(role -> accounts.addRole(id, role));
        if (account.password() != null) {
            accounts.savePassword(id, passwords.hash(account.password()));
        }
        return accounts.find(id).toAccount();
    }

    @Transactional
    public Account createAccount(Actor actor, NewAccount account) {
        actor.requireAdmin();
        return registerAccount(new NewAccount(actor.schoolId(), account.fullName(), account.email(), account.password(),
                account.roles(), account.language()));
    }

    /** The account for an email and password; the hash is checked even for unknown emails so timing tells nothing. */
    @Transactional(readOnly = true)
    public Optional<Account> authenticate(String email, String password) {
        StoredAccount found = email == null || email.isBlank() ? null : accounts.findByEmail(email.trim());
        String hash = found == null ? null : accounts.passwordHash(found.id());
        return passwords.matches(password, hash) ? Optional.of(found.toAccount()) : Optional.empty();
    }

    @Transactional(readOnly = true)
    public Actor actorFor(long accountId) {
        return actorFor(existing(accountId));
    }

    /** The actor of an account already read in this transaction: a parent's children are the only thing read again. */
    @Transactional(readOnly = true)
    public Actor actorFor(Account account) {
        long accountId = account.id();
        Set<Long> children = account.has(Role.PARENT) ? Set.copyOf(accounts.childIds(accountId)) : Set.of();
        return new Actor(account.id(), account.schoolId(), account.roles(), children);
    }

    @Transactional(readOnly = true)
    public Account account(Actor actor, long accountId) {
        Account account = existing(accountId);
        actor.requireSameSchool(account.schoolId());
        if (!canSee(actor, account)) {
            throw new ForbiddenException("account " + accountId + " is not yours to see");
        }
        return account;
    }

    /** An account of the actor's school holding the role: for an admin about to enrol, link or assign it. */
    @Transactional(readOnly = true)
    public Account member(Actor actor, long accountId, Role role) {
        actor.requireAdmin();
        Account account = existing(accountId);
        actor.requireSameSchool(account.schoolId());
        if (!account.has(role)) {
            throw new InvalidInputException("account " + accountId + " is not a " + role.name().toLowerCase());
        }
        return account;
    }

    @Transactional(readOnly = true)
    public Page<Account> accounts(Actor actor, Role role, PageRequest page) {
        Set<Long> only = null;
        if (!actor.is(Role.ADMIN)) {
            if (!actor.is(Role.TEACHER)) {
                throw new ForbiddenException("only admins and teachers list accounts");
            }
            only = studentsTaughtBy(actor.accountId());
            if (only.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
        }
        List<Account> items = accounts.list(actor.schoolId(), role, only, page).stream().map(StoredAccount::toAccount).toList();
        return new Page<>(items, page.page(), page.size(), accounts.count(actor.schoolId(), role, only));
    }

    /** Accounts by id, for composing views whose access the caller already checked. */
    @Transactional(readOnly = true)
    public List<Account> accountsByIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAll(ids).stream().map(StoredAccount::toAccount).toList();
    }

    @Transactional
    public Account updateAccount(Actor actor, long accountId, AccountUpdate update) {
        Account current = account(actor, accountId);
        if (!actor.isAdminOf(current.schoolId()) && !actor.isSelf(accountId)) {
            throw new ForbiddenException("only an admin or the account itself may change it");
        }
        try {
            accounts.updateAccount(accountId,
                    update.fullName() == null ? current.fullName() : name(update.fullName()),
                    update.email() == null ? current.email() : email(update.email()),
                    update.language() == null ? current.language() : language(update.language()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("an account with email " + update.email() + " already exists");
        }
        return existing(accountId);
    }

    @Transactional
    public Account updateRoles(Actor actor, long accountId, Set<Role> roles) {
        Account current = account(actor, accountId);
        actor.requireAdmin();
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException("an account needs at least one role");
        }
        if (actor.isSelf(accountId) && !roles.contains(Role.ADMIN)) {
            throw new ConflictException("an admin cannot take away their own admin role");
        }
        accounts.removeRolesExcept(current.id(), roles);
        roles.forEach(role -> accounts.addRole(current.id(), role));
        return existing(accountId);
    }

    @Transactional
    public void setPassword(Actor actor, long accountId, String password) {
        Account current = account(actor, accountId);
        if (!actor.isAdminOf(current.schoolId()) && !actor.isSelf(accountId)) {
            throw new ForbiddenException("only an admin or the account itself may set its password");
        }
        accounts.savePassword(accountId, passwords.hash(password));
    }

    @Transactional
    public void linkGuardian(Actor actor, long parentId, long studentId) {
        member(actor, parentId, Role.PARENT);
        member(actor, studentId, Role.STUDENT);
        accounts.link(parentId, studentId);
    }

    @Transactional
    public void unlinkGuardian(Actor actor, long parentId, long studentId) {
        member(actor, parentId, Role.PARENT);
        if (accounts.unlink(parentId, studentId) == 0) {
            throw new NotFoundException("account " + parentId + " is not a guardian of " + studentId);
        }
    }

    @Transactional(readOnly = true)
    public List<Account> children(Actor actor, long parentId) {
        account(actor, parentId);
        return accountsByIds(accounts.childIds(parentId)).stream().filter(child -> canSee(actor, child)).toList();
    }

    @Transactional(readOnly = true)
    public List<Account> guardians(Actor actor, long studentId) {
        account(actor, studentId);
        return accountsByIds(accounts.guardianIds(studentId));
    }

    @Transactional(readOnly = true)
    public boolean isGuardianOf(long parentId, long studentId) {
        return accounts.childIds(parentId).contains(studentId);
    }

    @Transactional(readOnly = true)
    public List<Long> guardianIdsOf(long studentId) {
        return accounts.guardianIds(studentId);
    }

    /** Parents with a child and an active Telegram chat: who the weekly digest may go to. */
    @Transactional(readOnly = true)
    public List<Long> parentsInTelegram() {
        return accounts.parentsInTelegram();
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByTelegramUser(long telegramUserId) {
        return Optional.ofNullable(accounts.telegramLinkOfUser(telegramUserId))
                .map(link -> accounts.find(link.accountId()).toAccount());
    }

    /** The account of a Telegram user with the user's link as stored, in one read (every chat update asks this). */
    @Transactional(readOnly = true)
    public Optional<TelegramAccount> findTelegramAccount(long telegramUserId) {
        return Optional.ofNullable(accounts.telegramAccount(telegramUserId)).map(StoredTelegramAccount::toTelegramAccount);
    }

    @Transactional(readOnly = true)
    public Optional<TelegramLink> telegramLink(long accountId) {
        return Optional.ofNullable(accounts.telegramLinkOfAccount(accountId));
    }

    /** The user blocked the bot: stop writing to that chat until they talk to it again. */
    @Transactional
    public void markTelegramInactive(long chatId) {
        accounts.deactivateChat(chatId);
    }

    @Transactional
    public void linkTelegram(long accountId, TelegramIdentity who) {
        existing(accountId);
        accounts.saveTelegramLink(new TelegramLink(who.telegramUserId(), accountId, who.chatId(), true));
    }

    @Transactional
    public void setLanguage(long accountId, String language) {
        Account current = existing(accountId);
        accounts.updateAccount(accountId, current.fullName(), current.email(), language(language));
    }

    @Transactional
    public Invite createInvite(Actor actor, NewInvite invite) {
        return issuer.create(actor, invite);
    }

    @Transactional(readOnly = true)
    public Page<Invite> invites(Actor actor, PageRequest page) {
        return issuer.list(actor, page);
    }

    @Transactional
    public void revokeInvite(Actor actor, long inviteId) {
        issuer.revoke(actor, inviteId);
    }

    /** {@code /start <code>}: joins the Telegram user to the invite's school; concurrent uses never exceed max uses. */
    @Transactional
    public InviteRedemption redeemInvite(String code, TelegramIdentity who) {
        return redeemer.redeem(code, who);
    }

    private boolean canSee(Actor actor, Account account) {
        return actor.isAdminOf(account.schoolId())
                || actor.isSelf(account.id())
                || actor.isParentOf(account.id())
                || actor.is(Role.TEACHER) && account.has(Role.STUDENT) && studentsTaughtBy(actor.accountId()).contains(account.id());
    }

    private Set<Long> studentsTaughtBy(long teacherId) {
        Set<Long> students = new HashSet<>();
        school.classIdsTaughtBy(teacherId).forEach(classId -> students.addAll(school.studentIdsOf(classId)));
        return students;
    }

    private Account existing(long accountId) {
        StoredAccount found = accounts.find(accountId);
        if (found == null) {
            throw new NotFoundException("account " + accountId + " not found");
        }
        return found.toAccount();
    }

    private static String name(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new InvalidInputException("full name must have 1 to 200 characters");
        }
        return name.trim();
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String trimmed = email.trim();
        if (!EMAIL.matcher(trimmed).matches()) {
            throw new InvalidInputException("email " + trimmed + " does not look like an email address");
        }
        return trimmed;
    }

    private static String language(String language) {
        if (language == null || language.isBlank()) {
            return "uk";
        }
        if (!Set.of("uk", "en").contains(language)) {
            throw new InvalidInputException("language is uk or en");
        }
        return language;
    }
}
