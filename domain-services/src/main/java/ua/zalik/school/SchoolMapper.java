package ua.zalik.school;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.List;

@Mapper
interface SchoolMapper {

    long insertSchool(@Param("name") String name, @Param("timezone") String timezone);

    StoredSchool findSchool(@Param("id") long id);

    StoredSchool findSchoolByName(@Param("name") String name);

    void updateSchool(@Param("id") long id, @Param("name") String name, @Param("timezone") String timezone,
                      @Param("gradeThresholds") String gradeThresholds);

    long insertSubject(@Param("schoolId") long schoolId, @Param("name") String name);

    Subject findSubject(@Param("id") long id);

    List<Subject> subjects(@Param("schoolId") long schoolId);

    long insertTerm(@Param("schoolId") long schoolId, @Param("term") Term term);

    List<Term> terms(@Param("schoolId") long schoolId);
}
