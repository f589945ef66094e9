package ua.zalik.rest.problems;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import ua.zalik.testing.ImportFailure;
import ua.zalik.testing.ImportProblem;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problem details in the reader's language (Accept-Language: Ukrainian unless English is preferred), from the
 * i18n/rest bundle. The domain speaks English; its usual sentences are matched here and said again from the bundle
 * (the English file holds the domain's own words), anything else passes through as the domain wrote it.
 */
@Component
public class ProblemTexts {

    private record Rule(Pattern pattern, String key) {
    }

    private static final String THINGS = "(account|assignment|attempt|category|class|entry|invite|note|question|school|student|subject|test)";

    /** The domain's sentences: a group of the pattern becomes the key's suffix ({1}) or an argument. */
    private static final List<Rule> DOMAIN = List.of(
            rule(THINGS + " (\\S+) not found", "problem.not-found.{1}"),
            rule("not found", "problem.not-found"),
            rule("no such teaching", "problem.no-such-teaching"),
            rule("assignment (\\S+) is not yours", "problem.assignment-not-yours"),
            rule("test (\\S+) is not yours", "problem.test-not-yours"),
            rule("only students take tests", "problem.only-students-take-tests"),
            rule("only a school admin may do this", "problem.only-admin"),
            rule("only teachers and admins work with question banks and tests", "problem.only-teachers-bank"),
            rule("only teachers and admins grade", "problem.only-teachers-grade"),
            rule("only teachers and admins follow assignments", "problem.only-teachers-follow"),
            rule("only admins and teachers manage invites", "problem.only-staff-invites"),
            rule("only admins and teachers list accounts", "problem.only-staff-accounts"),
            rule("only admins and teachers see teaching assignments", "problem.only-staff-teaching"),
            rule("only an admin or the account itself may change it", "problem.only-self-change"),
            rule("only an admin or the account itself may set its password", "problem.only-self-password"),
            rule("only the admin or the invite's author may revoke it", "problem.only-author-revoke"),
            rule("only parents see their children's reports", "problem.only-parents-reports"),
            rule("only a student and their parents see these results", "problem.only-family-results"),
            rule("teachers invite students and parents of their classes; other invites are the admin's", "problem.teacher-invites"),
            rule("this assignment was not given to you", "problem.not-given-to-you"),
            rule("practice is for students", "problem.practice-for-students"),
            rule("account (\\S+) is not yours to see", "problem.account-not-yours"),
            rule("class (\\S+) is not one you teach", "problem.class-not-taught"),
            rule("class (\\S+) is not one of yours", "problem.class-not-yours"),
            rule("the teacher does not share reviews of this test", "problem.reviews-never"),
            rule("the review opens when the assignment closes", "problem.review-at-close"),
            rule("the assignment is closed", "problem.assignment-closed"),
            rule("the assignment opens at (.+)", "problem.assignment-opens"),
            rule("time is up: the attempt is submitted with the answers saved so far", "problem.time-is-up"),
            rule("the test has been assigned; it stays for its results", "problem.test-assigned"),
            rule("the category still holds questions; move or delete them first", "problem.category-not-empty"),
            rule("the test has no questions yet", "problem.test-empty"),
            rule("the attempt is still in progress", "problem.attempt-in-progress"),
            rule("the attempt has been submitted", "problem.attempt-submitted"),
            rule("an account with email (.+) already exists", "problem.email-taken"),
            rule("class (.+) already exists in (.+)", "problem.class-exists"),
            rule("subject (.+) already exists", "problem.subject-exists"),
            rule("an admin cannot take away their own admin role", "problem.own-admin-role"),
            rule("no attempts left: (\\d+) allowed", "problem.no-attempts-left"),
            rule("language is uk or en", "problem.language"),
            rule("page must be 0 or more", "problem.page"),
            rule("size must be between 1 and (\\d+)", "problem.size"),
            rule("unknown time zone (.+)", "problem.time-zone-named"),
            rule("unknown time zone", "problem.time-zone"),
            rule("a term ends after it starts", "problem.term-order"),
            rule("the due time must come after the opening time", "problem.due-after-opening"),
            rule("academic year looks like 2026/2027", "problem.academic-year"),
            rule("an account needs at least one role", "problem.needs-role"),
            rule("full name must have 1 to 200 characters", "problem.full-name"),
            rule("email (.+) does not look like an email address", "problem.email-form"),
            rule("password must have at least (\\d+) characters", "problem.password-short"),
            rule("grade must be between 1 and 12", "problem.grade-range"),
            rule("style must be standard or semicolon", "problem.csv-style"),
            rule("format must be gift, aiken or moodle-xml", "problem.question-format"),
            rule("attempts must be first, last, highest or all", "problem.attempt-selection"),
            rule("the file is empty", "problem.file-empty"),
            rule("the request body is larger than (\\d+) KiB", "problem.too-large"),
            // notes and study time
            rule("only the author may change note (\\S+)", "problem.note-author-only"),
            rule("a Telegram file needs its file id \\(at most 200 characters\\) and kind", "problem.note-file"),
            rule("a note for parents needs the student it is about", "problem.note-parents-student"),
            rule("a note shared with a class needs the class", "problem.note-class"),
            rule("a note is about a student or shared with a class, not both", "problem.note-not-both"),
            rule("only a note shared with a class names a class", "problem.note-class-only"),
            rule("only a teacher of the student's class writes notes about them", "problem.note-student-teacher"),
            rule("only a teacher of class (\\S+) shares notes with it", "problem.note-class-teacher"),
            rule("a note needs some text or a file", "problem.note-empty"),
            rule("a note must be at most (\\d+) characters", "problem.note-too-long"),
            rule("a search needs some words or #tags", "problem.search-empty"),
            rule("only its owner changes entry (\\S+)", "problem.entry-owner"),
            rule("an entry needs its start", "problem.entry-start"),
            rule("an entry ends after it starts and lasts at most 24 hours", "problem.entry-span"),
            rule("an attempt ends after it starts", "problem.attempt-span"),
            rule("a weekly goal is between 0 and 10080 minutes", "problem.goal-range"),
            rule("a report covers from 1 to (\\d+) days, from a date to a later one", "problem.report-days"),
            rule("only the class's teachers and the school's admin see its study time", "problem.study-time-staff"),
            rule("an activity must be at most 100 characters", "problem.activity-too-long"),
            rule("a duration is more than 0 and at most 24 hours: (.*)", "problem.duration-range"),
            rule("'(.*)' is not a duration like 45m, 1h30m or 1\\.5h", "problem.duration-form"),
            rule("a manual entry lasts more than 0 and at most 24 hours", "problem.manual-entry"));

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** A bundle text in the language of the request being handled. */
    public String text(String key, Object... args) {
        return text(LocaleContextHolder.getLocale(), key, args);
    }

    public String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A refused question file (i18n/imports), its headline and a "line N: problem" line each, in the request's language. */
    String importFailure(ImportFailure failure) {
        return failure.text(messages, LocaleContextHolder.getLocale());
    }

    String importProblem(ImportProblem problem) {
        return problem.text(messages, LocaleContextHolder.getLocale());
    }

    /** The domain's English detail in the request's language, when it is one of the sentences known here. */
    String fromDomain(String detail) {
        if (detail == null) {
            return null;
        }
        for (Rule rule : DOMAIN) {
            Matcher matcher = rule.pattern().matcher(detail);
            if (matcher.matches()) {
                String key = rule.key().contains("{1}") ? rule.key().replace("{1}", matcher.group(1)) : rule.key();
                int first = rule.key().contains("{1}") ? 2 : 1;
                Object[] args = new Object[matcher.groupCount() - first + 1];
                for (int i = first; i <= matcher.groupCount(); i++) {
                    args[i - first] = matcher.group(i);
                }
                return messages.getMessage(key, args, detail, LocaleContextHolder.getLocale());
            }
        }
        return detail;
    }

    /** Every key the domain rules can produce, for the test that both bundles hold them. */
    static List<String> domainKeys() {
        return DOMAIN.stream().flatMap(rule -> rule.key().contains("{1}")
                ? List.of(THINGS.substring(1, THINGS.length() - 1).split("\\|")).stream().map(t -> rule.key().replace("{1}", t))
                : java.util.stream.Stream.of(rule.key())).toList();
    }

    private static Rule rule(String regex, String key) {
        return new Rule(Pattern.compile(regex, Pattern.DOTALL), key);
    }
}
