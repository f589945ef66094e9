package ua.zalik.users;

import org.springframework.stereotype.Component;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.ForbiddenException;
import ua.zalik.kernel.InvalidInputException;
import ua.zalik.kernel.NotFoundException;
import ua.zalik.kernel.Page;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/** Issues invites: an admin any kind for their school, a teacher student and parent invites for classes they teach. */
@Component
class InviteIssuer {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration MAX_VALIDITY = Duration.ofDays(365);

    private final InviteMapper invites;
    private final AccountMapper accounts;
    private final SchoolService school;
    private final InviteProperties properties;
    private final Clock clock;

    InviteIssuer(InviteMapper invites, AccountMapper accounts, SchoolService school, InviteProperties properties, Clock clock) {
        this.invites = invites;
        this.accounts = accounts;
        this.school = school;
        this.properties = properties;
        this.clock = clock;
    }

    Invite create(Actor actor, NewInvite request) {
        if (request.role() == null) {
            throw new InvalidInputException("an invite needs a role");
        }
        Duration validity = request.validFor() == null ? properties.defaultValidity() : request.validFor();
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAX_VALIDITY) > 0) {
            throw new InvalidInputException("an invite is valid for a positive time of at most 365 days");
        }
        int maxUses = request.maxUses() == null ? 1 : request.maxUses();
        if (maxUses < 1 || maxUses > 1000) {
            throw new InvalidInputException("max uses is between 1 and 1000");
        }
        Long classId = request.role() == Role.STUDENT ? requireClass(actor, request.classId()) : null;
        Long childId = request.role() == Role.PARENT ? requireChild(actor, request.childId()) : null;
        if (!actor.is(Role.ADMIN) && !(actor.is(Role.TEACHER) && (classId != null || childId != null))) {
            throw new ForbiddenException("teachers invite students and parents of their classes; other invites are the admin's");
        }
        String code = newCode();
        long id = invites.insert(code, actor.schoolId(), request.role().name(), classId, childId, actor.accountId(),
                clock.instant().plus(validity), maxUses);
        return toInvite(invites.find(id));
    }

    Page<Invite> list(Actor actor, PageRequest page) {
        Long createdBy = actor.is(Role.ADMIN) ? null : teacherOnly(actor);
        return new Page<>(invites.list(actor.schoolId(), createdBy, page).stream().map(this::toInvite).toList(),
                page.page(), page.size(), invites.count(actor.schoolId(), createdBy));
    }

    void revoke(Actor actor, long inviteId) {
        StoredInvite invite = invites.find(inviteId);
        if (invite == null) {
            throw new NotFoundException("invite " + inviteId + " not found");
        }
        actor.requireSameSchool(invite.schoolId());
        if (!actor.is(Role.ADMIN)) {
            teacherOnly(actor);
            if (invite.createdBy() == null || invite.createdBy() != actor.accountId()) {
                throw new ForbiddenException("only the admin or the invite's author may revoke it");
            }
        }
        invites.revoke(inviteId);
    }

    private Long requireClass(Actor actor, Long classId) {
        if (classId == null) {
            throw new InvalidInputException("a student invite names the class to join");
        }
        SchoolClass found = school.findClass(classId).orElseThrow(() -> new NotFoundException("class " + classId + " not found"));
        actor.requireSameSchool(found.schoolId());
        if (!actor.is(Role.ADMIN) && !school.teaches(actor.accountId(), classId)) {
            throw new ForbiddenException("class " + classId + " is not one you teach");
        }
        return classId;
    }

    private Long requireChild(Actor actor, Long childId) {
        if (childId == null) {
            throw new InvalidInputException("a parent invite names the child");
        }
        StoredAccount child = accounts.find(childId);
        if (child == null) {
            throw new NotFoundException("account " + childId + " not found");
        }
        actor.requireSameSchool(child.schoolId());
        if (!child.toAccount().has(Role.STUDENT)) {
            throw new InvalidInputException("account " + childId + " is not a student");
        }
        if (!actor.is(Role.ADMIN) && school.classIdsOfStudents(java.util.List.of(childId)).stream()
                .noneMatch(classId -> school.teaches(actor.accountId(), classId))) {
            throw new ForbiddenException("student " + childId + " is not in a class you teach");
        }
        return childId;
    }

    private static Long teacherOnly(Actor actor) {
        if (!actor.is(Role.TEACHER)) {
            throw new ForbiddenException("only admins and teachers manage invites");
        }
        return actor.accountId();
    }

    Invite toInvite(StoredInvite s) {
        return new Invite(s.id(), s.code(), s.schoolId(), Role.valueOf(s.role()), s.classId(), s.childId(), s.expiresAt(),
                s.maxUses(), s.uses(), s.revoked(), properties.deepLink(s.code()));
    }

    /** 128 random bits, URL-safe: fits Telegram's start parameter ([A-Za-z0-9_-], at most 64). */
    static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
