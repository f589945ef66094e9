package ua.zalik.notes;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

import java.util.Collection;
import java.util.List;

@Mapper
interface NoteMapper {

    long insertNote(@Param("schoolId") long schoolId, @Param("authorId") long authorId, @Param("n") NewNote note);

    void insertTags(@Param("noteId") long noteId, @Param("tags") Collection<String> tags);

    void deleteTags(@Param("noteId") long noteId);

    StoredNote findNote(@Param("id") long id);

    int updateNote(@Param("id") long id, @Param("body") String body, @Param("subjectId") Long subjectId);

    int deleteNote(@Param("id") long id);

    List<StoredNote> notes(@Param("q") NoteQuery query);

    long countNotes(@Param("q") NoteQuery query);

    /** The author's tags, most used first. */
    List<String> tagsOf(@Param("authorId") long authorId, @Param("limit") int limit);
}
