package ua.zalik.school;

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

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Schools, classes, subjects, enrolment, teaching and terms. Methods taking an {@link Actor} decide what it may see:
 * an admin their school, a teacher the classes they teach, a student their classes, a parent their children's.
 */
@Service
public class SchoolService {

    private final SchoolMapper schools;
    private final ClassMapper classes;

    SchoolService(SchoolMapper schools, ClassMapper classes) {
        this.schools = schools;
        this.classes = classes;
    }

    /** Opens a school: an operator's step (seeding, onboarding), not something a school's own users do. */
    @Transactional
    public School createSchool(NewSchool school) {
        requireText(school.name(), "school name", 200);
        return school(schools.insertSchool(school.name().trim(), zone(school.timezone()).getId()));
    }

    @Transactional(readOnly = true)
    public School school(long id) {
        StoredSchool stored = schools.findSchool(id);
        if (stored == null) {
            throw new NotFoundException("school " + id + " not found");
        }
        return stored.toSchool();
    }

    @Transactional(readOnly = true)
    public Optional<School> findSchoolByName(String name) {
        return Optional.ofNullable(schools.findSchoolByName(name)).map(StoredSchool::toSchool);
    }

    @Transactional
    public School updateSchool(Actor actor, SchoolUpdate update) {
        actor.requireAdmin();
        School current = school(actor.schoolId());
        String name = update.name() == null ? current.name() : requireText(update.name(), "school name", 200);
        ZoneId zone = update.timezone() == null ? current.timezone() : update.timezone();
        GradeScale scale = update.gradeScale() == null ? current.gradeScale() : update.gradeScale();
        schools.updateSchool(current.id(), name, zone.getId(), scale.stored());
        return school(current.id());
    }

    @Transactional
    public SchoolClass createClass(Actor actor, NewClass newClass) {
        actor.requireAdmin();
        validate(newClass);
        try {
            return classes.findClass(classes.insertClass(actor.schoolId(), trimmed(newClass)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("class " + newClass.name() + " already exists in " + newClass.academicYear());
        }
    }

    @Transactional
    public SchoolClass updateClass(Actor actor, long classId, NewClass changes) {
        SchoolClass current = visibleClass(actor, classId);
        actor.requireAdmin();
        validate(changes);
        NewClass c = trimmed(changes);
        try {
            classes.updateClass(new SchoolClass(current.id(), current.schoolId(), c.name(), c.grade(), c.academicYear()));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("class " + c.name() + " already exists in " + c.academicYear());
        }
        return classes.findClass(classId);
    }

    @Transactional
    public void deleteClass(Actor actor, long classId) {
        visibleClass(actor, classId);
        actor.requireAdmin();
        classes.deleteClass(classId);
    }

    @Transactional(readOnly = true)
    public Page<SchoolClass> classes(Actor actor, PageRequest page) {
        Set<Long> only = actor.is(Role.ADMIN) ? null : classIdsVisibleTo(actor);
        if (only != null && only.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        return new Page<>(classes.classes(actor.schoolId(), only, page), page.page(), page.size(),
                classes.countClasses(actor.schoolId(), only));
    }

    @Transactional(readOnly = true)
    public SchoolClass schoolClass(Actor actor, long classId) {
        return visibleClass(actor, classId);
    }

    /** The class, if it exists: for other facades that checked access their own way. */
    @Transactional(readOnly = true)
    public Optional<SchoolClass> findClass(long classId) {
        return Optional.ofNullable(classes.findClass(classId));
    }

    @Transactional(readOnly = true)
    public List<Long> studentIds(Actor actor, long classId) {
        visibleClass(actor, classId);
        if (!actor.is(Role.ADMIN) && !teaches(actor.accountId(), classId)) {
            throw new ForbiddenException("only the school's admin and the class's teachers see its list");
        }
        return classes.studentIds(classId);
    }

    @Transactional(readOnly = true)
    public List<Long> studentIdsOf(long classId) {
        return classes.studentIds(classId);
    }

    @Transactional
    public void enrol(Actor actor, long classId, long studentId) {
        ownClassForAdmin(actor, classId);
        classes.enrol(classId, studentId);
    }

    @Transactional
    public void unenrol(Actor actor, long classId, long studentId) {
        ownClassForAdmin(actor, classId);
        if (classes.unenrol(classId, studentId) == 0) {
            throw new NotFoundException("student " + studentId + " is not in class " + classId);
        }
    }

    /** Enrols a student who redeemed a class invite: the invite is the authority, checked by the caller. */
    @Transactional
    public void admitStudent(long classId, long studentId) {
        classes.enrol(classId, studentId);
    }

    @Transactional(readOnly = true)
    public Set<Long> classIdsOfStudents(Collection<Long> studentIds) {
        return studentIds.isEmpty() ? Set.of() : Set.copyOf(classes.classIdsOfStudents(studentIds));
    }

    @Transactional
    public Subject createSubject(Actor actor, String name) {
        actor.requireAdmin();
        try {
            return schools.findSubject(schools.insertSubject(actor.schoolId(), requireText(name, "subject name", 100)));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("subject " + name + " already exists");
        }
    }

    @Transactional(readOnly = true)
    public List<Subject> subjects(Actor actor) {
        return schools.subjects(actor.schoolId());
    }

    @Transactional(readOnly = true)
    public Optional<Subject> findSubject(long subjectId) {
        return Optional.ofNullable(schools.findSubject(subjectId));
    }

    /** The caller checks that the teacher is a teacher of this school (the users package knows). */
    @Transactional
    public Teaching assignTeaching(Actor actor, Teaching teaching) {
        ownClassForAdmin(actor, teaching.classId());
        Subject subject = schools.findSubject(teaching.subjectId());
        if (subject == null || subject.schoolId() != actor.schoolId()) {
            throw new NotFoundException("subject " + teaching.subjectId() + " not found");
        }
        classes.insertTeaching(teaching);
        return teaching;
    }

    @Transactional
    public void removeTeaching(Actor actor, Teaching teaching) {
        ownClassForAdmin(actor, teaching.classId());
        if (classes.deleteTeaching(teaching) == 0) {
            throw new NotFoundException("no such teaching");
        }
    }

    @Transactional(readOnly = true)
    public List<Teaching> teachings(Actor actor) {
        if (actor.is(Role.ADMIN)) {
            return classes.teachingsOfSchool(actor.schoolId());
        }
        if (actor.is(Role.TEACHER)) {
            return classes.teachingsOfTeacher(actor.accountId());
        }
        throw new ForbiddenException("only admins and teachers see teaching assignments");
    }

    @Transactional(readOnly = true)
    public boolean teaches(long teacherId, long classId) {
        return classes.teachingsOfTeacher(teacherId).stream().anyMatch(t -> t.classId() == classId);
    }

    /** Who teaches the class, any subject: for a parent's question to reach them. */
    @Transactional(readOnly = true)
    public List<Long> teacherIdsOf(long classId) {
        return classes.teacherIdsOfClass(classId);
    }

    @Transactional(readOnly = true)
    public Set<Long> classIdsTaughtBy(long teacherId) {
        Set<Long> ids = new HashSet<>();
        classes.teachingsOfTeacher(teacherId).forEach(t -> ids.add(t.classId()));
        return ids;
    }

    @Transactional
    public Term createTerm(Actor actor, String name, LocalDate startsOn, LocalDate endsOn) {
        actor.requireAdmin();
        requireText(name, "term name", 100);
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new InvalidInputException("a term ends after it starts");
        }
        Term term = new Term(0, actor.schoolId(), name.trim(), startsOn, endsOn);
        long id = schools.insertTerm(actor.schoolId(), term);
        return new Term(id, actor.schoolId(), term.name(), startsOn, endsOn);
    }

    @Transactional(readOnly = true)
    public List<Term> terms(Actor actor) {
        return schools.terms(actor.schoolId());
    }

    private SchoolClass visibleClass(Actor actor, long classId) {
        SchoolClass found = classes.findClass(classId);
        if (found == null) {
            throw new NotFoundException("class " + classId + " not found");
        }
        actor.requireSameSchool(found.schoolId());
        if (!actor.is(Role.ADMIN) && !classIdsVisibleTo(actor).contains(classId)) {
            throw new ForbiddenException("class " + classId + " is not one of yours");
        }
        return found;
    }

    private void ownClassForAdmin(Actor actor, long classId) {
        SchoolClass found = classes.findClass(classId);
        if (found == null) {
            throw new NotFoundException("class " + classId + " not found");
        }
        actor.requireSameSchool(found.schoolId());
        actor.requireAdmin();
    }

    private Set<Long> classIdsVisibleTo(Actor actor) {
        Set<Long> ids = new HashSet<>();
        if (actor.is(Role.TEACHER)) {
            ids.addAll(classIdsTaughtBy(actor.accountId()));
        }
        Set<Long> students = new HashSet<>();
        if (actor.is(Role.STUDENT)) {
            students.add(actor.accountId());
        }
        if (actor.is(Role.PARENT)) {
            students.addAll(actor.childIds());
        }
        ids.addAll(classIdsOfStudents(students));
        return ids;
    }

    private static void validate(NewClass c) {
        requireText(c.name(), "class name", 50);
        if (c.grade() < 1 || c.grade() > 12) {
            throw new InvalidInputException("grade must be between 1 and 12");
        }
        if (c.academicYear() == null || !c.academicYear().trim().matches("\\d{4}[/-]\\d{4}")) {
            throw new InvalidInputException("academic year looks like 2026/2027");
        }
    }

    private static NewClass trimmed(NewClass c) {
        return new NewClass(c.name().trim(), c.grade(), c.academicYear().trim().replace('-', '/'));
    }

    private static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(what + " must not be empty");
        }
        if (value.length() > max) {
            throw new InvalidInputException(what + " must be at most " + max + " characters");
        }
        return value.trim();
    }

    private static ZoneId zone(ZoneId zone) {
        try {
            return zone == null ? ZoneId.of("Europe/Kyiv") : zone;
        } catch (DateTimeException e) {
            throw new InvalidInputException("unknown time zone");
        }
    }
}
