package ua.zalik.school;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;

import java.util.Collection;
import java.util.List;

/** Classes with their enrolments and who teaches them. */
@Mapper
interface ClassMapper {

    long insertClass(@Param("schoolId") long schoolId, @Param("c") NewClass newClass);

    SchoolClass findClass(@Param("id") long id);

    void updateClass(@Param("c") SchoolClass schoolClass);

    int deleteClass(@Param("id") long id);

    /** Classes of a school; when {@code onlyIds} is given, only those. */
    List<SchoolClass> classes(@Param("schoolId") long schoolId, @Param("onlyIds") Collection<Long> onlyIds,
                              @Param("page") PageRequest page);

    long countClasses(@Param("schoolId") long schoolId, @Param("onlyIds") Collection<Long> onlyIds);

    int enrol(@Param("classId") long classId, @Param("studentId") long studentId);

    int unenrol(@Param("classId") long classId, @Param("studentId") long studentId);

    List<Long> studentIds(@Param("classId") long classId);

    List<Long> classIdsOfStudents(@Param("studentIds") Collection<Long> studentIds);

    int insertTeaching(@Param("t") Teaching teaching);

    int deleteTeaching(@Param("t") Teaching teaching);

    List<Teaching> teachingsOfSchool(@Param("schoolId") long schoolId);

    List<Teaching> teachingsOfTeacher(@Param("teacherId") long teacherId);

    List<Long> teacherIdsOfClass(@Param("classId") long classId);
}
