package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import ua.zalik.kernel.PageRequest;

import java.util.Collection;
import java.util.List;

/** Tests and their slots. */
@Mapper
interface TestMapper {

    long insertTest(@Param("schoolId") long schoolId, @Param("ownerId") long ownerId, @Param("title") String title,
                    @Param("s") TestSettings settings, @Param("review") String review);

    void updateTest(@Param("id") long id, @Param("title") String title, @Param("s") TestSettings settings,
                    @Param("review") String review);

    StoredTest findTest(@Param("id") long id);

    StoredTest lockTest(@Param("id") long id);

    /** A school's tests; with {@code ownerId}, only that owner's plus those assigned to {@code classIds}. */
    List<StoredTest> tests(@Param("schoolId") long schoolId, @Param("ownerId") Long ownerId,
                           @Param("classIds") Collection<Long> classIds, @Param("page") PageRequest page);

    long countTests(@Param("schoolId") long schoolId, @Param("ownerId") Long ownerId, @Param("classIds") Collection<Long> classIds);

    boolean assignedToAnyOf(@Param("testId") long testId, @Param("classIds") Collection<Long> classIds);

    long countAssignments(@Param("testId") long testId);

    void deleteSlots(@Param("testId") long testId);

    void insertSlot(@Param("testId") long testId, @Param("position") int position, @Param("s") Slot slot);

    List<Slot> slots(@Param("testId") long testId);

    int deleteTest(@Param("id") long id);

    @Select("select id from testing.assignment where test_id = #{testId} order by id")
    List<Long> assignmentIds(@Param("testId") long testId);
}
