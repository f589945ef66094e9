package ua.zalik.dialogs.parents;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredCommand;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.notes.ChildNotes;
import ua.zalik.dialogs.worktime.ChildStudyTime;
import ua.zalik.kernel.Actor;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.ChildReport;
import ua.zalik.testing.ChildReports;
import ua.zalik.testing.StudentResult;
import ua.zalik.users.UsersService;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** {@code /children}: for each child, recent results (as the tests' review policy allows), upcoming and missed deadlines. */
@Component
class ChildrenCommand extends DeclaredCommand {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final ChildReports reports;
    private final UsersService users;
    private final SchoolService school;
    private final ChildNotes notes;
    private final ChildStudyTime studyTime;

    ChildrenCommand(ChildReports reports, UsersService users, SchoolService school, ChildNotes notes,
                    ChildStudyTime studyTime) {
        super("children", Audience.roles(Role.PARENT));
        this.reports = reports;
        this.users = users;
        this.school = school;
        this.notes = notes;
        this.studyTime = studyTime;
    }

    @Override
    public String reply(Turn turn) {
        long accountId = turn.account().orElseThrow().id();
        Actor parent = users.actorFor(accountId);
        List<ChildReport> children = reports.ofChildren(parent);
        if (children.isEmpty()) {
            return turn.text("teaching.children.none");
        }
        ZoneId zone = school.school(turn.account().orElseThrow().schoolId()).timezone();
        StringBuilder html = new StringBuilder();
        for (ChildReport child : children) {
            if (!html.isEmpty()) {
                html.append("\n\n");
            }
            html.append(turn.text("teaching.children.name", child.name()));
            html.append('\n').append(turn.text("teaching.children.results"));
            if (child.recentResults().isEmpty()) {
                html.append('\n').append(turn.text("teaching.children.nothing"));
            }
            for (StudentResult result : child.recentResults()) {
                html.append('\n').append(result.score() == null
                        ? turn.text(result.reviewOpen() ? "teaching.children.result-hidden" : "teaching.children.result-later",
                        result.testTitle())
                        : turn.text(result.score().pendingGrading() ? "teaching.children.result-pending" : "teaching.children.result",
                        result.testTitle(), result.score().grade(), result.score().percent().stripTrailingZeros().toPlainString()));
            }
            html.append('\n').append(turn.text("teaching.children.upcoming"));
            if (child.upcoming().isEmpty()) {
                html.append('\n').append(turn.text("teaching.children.nothing"));
            }
            child.upcoming().forEach(d -> html.append('\n').append(turn.text("teaching.children.due", d.testTitle(),
                    SHOWN.format(d.dueAt().atZone(zone)))));
            if (!child.missed().isEmpty()) {
                html.append('\n').append(turn.text("teaching.children.missed"));
                child.missed().forEach(d -> html.append('\n').append(turn.text("teaching.children.was-due", d.testTitle(),
                        SHOWN.format(d.dueAt().atZone(zone)))));
            }
            html.append('\n').append(studyTime.thisWeek(turn, parent, child.studentId()));
            html.append(notes.section(turn, parent, child.studentId()));
        }
        return html.toString();
    }
}
