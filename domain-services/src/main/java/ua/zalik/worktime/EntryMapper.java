package ua.zalik.worktime;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

@Mapper
interface EntryMapper {

    /** Serialises timer changes of one person until the transaction ends. */
    String lockPerson(@Param("accountId") long accountId);

    Long insertEntry(@Param("e") NewEntry entry);

    StoredEntry findEntry(@Param("id") long id);

    StoredEntry runningEntry(@Param("accountId") long accountId);

    /** Ends the person's running entry at {@code at} (never before it started); null when none runs. */
    StoredEntry stopRunning(@Param("accountId") long accountId, @Param("at") Instant at);

    int updateEntry(@Param("id") long id, @Param("c") EntryChanges changes);

    int deleteEntry(@Param("id") long id);

    /** Entries of these people overlapping [from, to); running ones count as running until {@code to}. */
    List<StoredEntry> overlapping(@Param("accountIds") Collection<Long> accountIds, @Param("from") Instant from,
                                  @Param("to") Instant to);

    List<StoredEntry> entries(@Param("accountId") long accountId, @Param("from") Instant from, @Param("to") Instant to,
                              @Param("page") PageRequest page);

    long countEntries(@Param("accountId") long accountId, @Param("from") Instant from, @Param("to") Instant to);
}
