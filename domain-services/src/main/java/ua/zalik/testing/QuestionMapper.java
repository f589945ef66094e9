package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;

import java.util.Collection;
import java.util.List;

/** The question bank: categories, questions, their versions and tags. */
@Mapper
interface QuestionMapper {

    long insertCategory(@Param("schoolId") long schoolId, @Param("ownerId") long ownerId, @Param("c") NewCategory category);

    Category findCategory(@Param("id") long id);

    /** A school's categories; only one owner's when {@code ownerId} is given. */
    List<Category> categories(@Param("schoolId") long schoolId, @Param("ownerId") Long ownerId);

    int renameCategory(@Param("id") long id, @Param("name") String name);

    long countQuestionsIn(@Param("categoryId") long categoryId);

    int deleteCategory(@Param("id") long id);

    long insertQuestion(@Param("schoolId") long schoolId, @Param("ownerId") long ownerId, @Param("categoryId") long categoryId);

    void insertVersion(@Param("questionId") long questionId, @Param("version") int version, @Param("v") VersionRow row);

    void updateVersion(@Param("questionId") long questionId, @Param("version") int version, @Param("v") VersionRow row);

    void updateQuestion(@Param("id") long id, @Param("categoryId") long categoryId, @Param("version") int version);

    StoredQuestion findQuestion(@Param("id") long id);

    /** The question's current version row, locked against concurrent edits and attempts freezing it. */
    StoredQuestion lockQuestion(@Param("id") long id);

    List<StoredQuestion> findQuestions(@Param("ids") Collection<Long> ids);

    List<StoredQuestion> questions(@Param("categoryId") long categoryId, @Param("tag") String tag, @Param("page") PageRequest page);

    long countQuestions(@Param("categoryId") long categoryId, @Param("tag") String tag);

    List<Long> questionIdsIn(@Param("categoryId") long categoryId);

    int markDeleted(@Param("id") long id);

    void deleteTags(@Param("questionId") long questionId);

    void insertTags(@Param("questionId") long questionId, @Param("tags") Collection<String> tags);

    List<QuestionTag> tags(@Param("ids") Collection<Long> questionIds);

    List<StoredQuestion> versions(@Param("keys") Collection<QuestionKey> keys);

    int markUsed(@Param("keys") Collection<QuestionKey> keys);
}
