package ua.zalik.dialogs.account;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolClass;
import ua.zalik.school.SchoolService;
import ua.zalik.users.Account;
import ua.zalik.users.UsersService;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /me}: who Zalik thinks you are: name, school, roles, and your classes or children. */
@Component
class MeCommand extends DeclaredCommand {

    private final UsersService users;
    private final SchoolService school;

    MeCommand(UsersService users, SchoolService school) {
        super("me", Audience.everyone());
        this.users = users;
        this.school = school;
    }

    @Override
    public String reply(Turn turn) {
        if (turn.account().isEmpty()) {
            return turn.text("me.guest", turn.user().firstName());
        }
        Account me = turn.account().get();
        List<String> lines = new ArrayList<>();
        lines.add(turn.text("me.account", me.fullName(), school.school(me.schoolId()).name(), roles(turn, me)));
        if (me.has(Role.STUDENT)) {
            lines.add(turn.text("me.classes", classNames(school.classIdsOfStudents(List.of(me.id())), turn)));
        }
        if (me.has(Role.TEACHER)) {
            lines.add(turn.text("me.teaches", classNames(school.classIdsTaughtBy(me.id()), turn)));
        }
        if (me.has(Role.PARENT)) {
            List<Account> children = users.children(users.actorFor(me.id()), me.id());
            String list = children.isEmpty() ? turn.text("me.none") : children.stream()
                    .map(child -> turn.text("me.child", child.fullName(),
                            classNames(school.classIdsOfStudents(List.of(child.id())), turn)))
                    .collect(Collectors.joining("\n"));
            lines.add(turn.text("me.children", new Texts.Markup(list)));
        }
        lines.add(turn.text("me.language"));
        return String.join("\n", lines);
    }

    private static String roles(Turn turn, Account me) {
        return me.roles().stream().sorted().map(role -> turn.text("role." + role.name().toLowerCase()))
                .collect(Collectors.joining(", "));
    }

    private String classNames(Collection<Long> classIds, Turn turn) {
        String names = classIds.stream().map(school::findClass).flatMap(Optional::stream)
                .map(SchoolClass::name).sorted().collect(Collectors.joining(", "));
        return names.isEmpty() ? turn.text("me.none") : names;
    }
}
