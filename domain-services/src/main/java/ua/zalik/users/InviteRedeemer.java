package ua.zalik.users;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;

import java.time.Clock;
import java.util.Optional;

import static ua.zalik.users.InviteRedemption.Outcome;

/** Turns an invite code and a Telegram user into an account in the invite's school and role. */
@Component
class InviteRedeemer {

    private final InviteMapper invites;
    private final AccountMapper accounts;
    private final SchoolService school;
    private final Clock clock;

    InviteRedeemer(InviteMapper invites, AccountMapper accounts, SchoolService school, Clock clock) {
        this.invites = invites;
        this.accounts = accounts;
        this.school = school;
        this.clock = clock;
    }

    /** Runs inside the facade's transaction; the invite row stays locked until it commits. */
    InviteRedemption redeem(String code, TelegramIdentity who) {
        if (code == null || !code.matches("[A-Za-z0-9_-]{1,64}")) {
            return InviteRedemption.failed(Outcome.UNKNOWN);
        }
        StoredInvite invite = invites.lockByCode(code);
        if (invite == null || invite.revoked()) {
            return InviteRedemption.failed(Outcome.UNKNOWN);
        }
        TelegramLink link = accounts.telegramLinkOfUser(who.telegramUserId());
        Optional<StoredAccount> existing = Optional.ofNullable(link).map(l -> accounts.find(l.accountId()));
        if (existing.isPresent() && existing.get().schoolId() != invite.schoolId()) {
            return InviteRedemption.failed(Outcome.OTHER_SCHOOL);
        }
        boolean usedBefore = existing.isPresent() && invites.usedBy(invite.id(), existing.get().id());
        if (!usedBefore) {
            if (!clock.instant().isBefore(invite.expiresAt())) {
                return InviteRedemption.failed(Outcome.EXPIRED);
            }
            if (invite.uses() >= invite.maxUses()) {
                return InviteRedemption.failed(Outcome.USED_UP);
            }
        }
        long accountId = existing.map(StoredAccount::id).orElseGet(() ->
                accounts.insertAccount(invite.schoolId(), who.fullName(), null, who.language()));
        accounts.saveTelegramLink(new TelegramLink(who.telegramUserId(), accountId, who.chatId(), true));
        Role role = Role.valueOf(invite.role());
        accounts.addRole(accountId, role);
        String className = null;
        String childName = null;
        if (role == Role.STUDENT && invite.classId() != null) {
            school.admitStudent(invite.classId(), accountId);
            className = school.findClass(invite.classId()).map(c -> c.name()).orElse(null);
        }
        if (role == Role.PARENT && invite.childId() != null) {
            accounts.link(accountId, invite.childId());
            childName = Optional.ofNullable(accounts.find(invite.childId())).map(StoredAccount::fullName).orElse(null);
        }
        if (!usedBefore) {
            invites.recordUse(invite.id(), accountId);
            invites.countUse(invite.id());
        }
        return new InviteRedemption(usedBefore ? Outcome.ALREADY_JOINED : Outcome.JOINED,
                accounts.find(accountId).toAccount(), school.school(invite.schoolId()).name(), className, childName);
    }
}
