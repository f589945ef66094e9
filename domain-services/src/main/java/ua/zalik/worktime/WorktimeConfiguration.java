package ua.zalik.worktime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class WorktimeConfiguration {

    // until the testing package provides scores, the week report shows time alone
    @Bean
    @ConditionalOnMissingBean
    SubjectScores noSubjectScores() {
        return (studentId, subjectId, limit) -> List.of();
    }
}
