package ua.zalik.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import ua.zalik.users.UsersService;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"local", "test"})
class DemoSchoolTests {

    @Autowired DemoSchool demo;
    @Autowired @Qualifier("seedDemoSchool") ApplicationRunner seedOnStart;
    @Autowired UsersService users;
    @Autowired JdbcTemplate jdbc;

    @Test
    void seedsTheDemoSchoolOnceWithWorkingLogins() throws Exception {
        assertThat(demo.exists()).isTrue();
        long before = count();

        seedOnStart.run(null);

        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from school.class c join school.school s on s.id = c.school_id where s.name = ?",
                Integer.class, DemoSchool.NAME)).isEqualTo(2);
        assertThat(jdbc.queryForObject("""
                select count(*) from school.enrolment e join school.class c on c.id = e.class_id
                join school.school s on s.id = c.school_id where s.name = ?""", Integer.class, DemoSchool.NAME)).isEqualTo(20);
        assertThat(jdbc.queryForObject("""
                select count(*) from users.guardianship g join users.account a on a.id = g.parent_id
                join school.school s on s.id = a.school_id where s.name = ?""", Integer.class, DemoSchool.NAME)).isEqualTo(3);
        assertThat(jdbc.queryForObject("""
                select count(*) from testing.assignment a join testing.test t on t.id = a.test_id
                join testing.assignment_student s on s.assignment_id = a.id
                join school.school sc on sc.id = a.school_id where sc.name = ? and t.title = ?""", Integer.class,
                DemoSchool.NAME, DemoQuizzes.TEST_TITLE)).as("the test of every question type, given to 7-А").isEqualTo(10);
        assertThat(jdbc.queryForObject("""
                select count(distinct v.type) from testing.test t join testing.test_slot sl on sl.test_id = t.id
                join testing.question_version v on v.question_id = sl.question_id where t.title = ?""", Integer.class,
                DemoQuizzes.TEST_TITLE)).isEqualTo(8);
        for (String login : DemoSchool.LOGINS) {
            assertThat(users.authenticate(login, DemoSchool.PASSWORD)).as(login).isPresent();
        }
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from users.account a join school.school s on s.id = a.school_id where s.name = ?",
                Long.class, DemoSchool.NAME);
    }
}
