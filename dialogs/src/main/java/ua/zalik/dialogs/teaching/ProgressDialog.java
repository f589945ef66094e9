package ua.zalik.dialogs.teaching;

import org.springframework.stereotype.Component;
import ua.zalik.dialogs.engine.Audience;
import ua.zalik.dialogs.engine.DeclaredDialog;
import ua.zalik.dialogs.engine.Screen;
import ua.zalik.dialogs.engine.Texts;
import ua.zalik.dialogs.engine.Transition;
import ua.zalik.dialogs.engine.Turn;
import ua.zalik.dialogs.engine.Window;
import ua.zalik.kernel.Role;
import ua.zalik.school.SchoolService;
import ua.zalik.testing.AssignmentProgress;
import ua.zalik.testing.Nudge;
import ua.zalik.testing.Progress;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code /progress}: each open assignment of the teacher's classes: submitted x of y, the average and the 12-point
 * distribution, who has not submitted (with a Nudge button, once an hour) and attempts with implausibly fast answers.
 */
@Component
class ProgressDialog extends DeclaredDialog<ProgressDialog.State> {

    enum State { LIST }

    static final int SHOWN = 8;
    static final int NAMES = 15;

    private final Progress progress;
    private final SchoolService school;
    private final Actors actors;

    ProgressDialog(Progress progress, SchoolService school, Actors actors) {
        super("progress", Audience.roles(Role.TEACHER), State.class);
        this.progress = progress;
        this.school = school;
        this.actors = actors;
    }

    @Override
    public Window<State> window(State state) {
        return switch (state) {
            case LIST -> Window.of(State.class, this::list)
                    .onButton(this::onList)
                    .finishes();
        };
    }

    private Screen list(Turn turn) {
        List<AssignmentProgress> open = progress.openAssignments(actors.of(turn));
        if (open.isEmpty()) {
            return Screen.of(turn.text("teaching.progress.none")).row(Screen.choice(turn.text("teaching.button.close"), "close"));
        }
        ZoneId zone = school.school(turn.account().orElseThrow().schoolId()).timezone();
        List<String> blocks = new ArrayList<>();
        List<Screen.Choice> nudges = new ArrayList<>();
        for (AssignmentProgress p : open.subList(0, Math.min(SHOWN, open.size()))) {
            blocks.add(block(turn, p, zone));
            if (!p.notSubmitted().isEmpty()) {
                nudges.add(Screen.choice(turn.text("teaching.progress.button.nudge", p.testTitle(),
                        p.className() == null ? "" : p.className()), "nudge:" + p.assignmentId()));
            }
        }
        StringBuilder html = new StringBuilder(turn.text("teaching.progress.title"));
        blocks.forEach(b -> html.append("\n\n").append(b));
        if (open.size() > SHOWN) {
            html.append("\n\n").append(turn.text("teaching.progress.more", open.size() - SHOWN));
        }
        Screen screen = Screen.of(html.toString());
        for (Screen.Choice nudge : nudges) {
            screen = screen.row(nudge);
        }
        return screen.row(Screen.choice(turn.text("teaching.progress.button.refresh"), "refresh"),
                Screen.choice(turn.text("teaching.button.close"), "close"));
    }

    private static String block(Turn turn, AssignmentProgress p, ZoneId zone) {
        StringBuilder b = new StringBuilder(turn.text("teaching.progress.assignment", p.testTitle(),
                p.className() == null ? "—" : p.className(), DueTimes.show(p.dueAt(), zone)));
        b.append('\n').append(turn.text("teaching.progress.submitted", p.submitted(), p.students()));
        if (p.averageGrade() != null) {
            b.append('\n').append(turn.text("teaching.progress.average", p.averageGrade().toPlainString()));
            List<String> grades = new ArrayList<>();
            for (int grade = 12; grade >= 1; grade--) {
                int count = p.gradeCounts().get(grade - 1);
                if (count > 0) {
                    grades.add(grade + ": " + count);
                }
            }
            b.append('\n').append(turn.text("teaching.progress.grades", String.join(" · ", grades)));
        }
        if (!p.notSubmitted().isEmpty()) {
            List<String> names = p.notSubmitted().subList(0, Math.min(NAMES, p.notSubmitted().size()));
            String more = p.notSubmitted().size() > NAMES ? " " + turn.text("teaching.progress.and-more", p.notSubmitted().size() - NAMES) : "";
            b.append('\n').append(turn.text("teaching.progress.waiting", String.join(", ", names),
                    new Texts.Markup(more)));
        }
        for (AssignmentProgress.FastAttempt fast : p.fastAttempts()) {
            b.append('\n').append(turn.text("teaching.progress.fast", fast.studentName(), fast.fastAnswers(), fast.answers()));
        }
        return b.toString();
    }

    private Transition<State> onList(Turn turn, String action) {
        if ("close".equals(action)) {
            return Transition.done(turn.text("teaching.progress.closed"));
        }
        if ("refresh".equals(action)) {
            return Transition.stay(null);
        }
        if (!action.startsWith("nudge:")) {
            return Transition.stay(turn.text("dialogs.unexpected"));
        }
        Nudge nudge = progress.nudge(actors.of(turn), Long.parseLong(action.substring(6)));
        return Transition.stay(nudge.alreadyThisHour() ? turn.text("teaching.progress.nudged-already")
                : turn.text("teaching.progress.nudged", nudge.reminded()));
    }
}
