package ua.zalik.users;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;

import java.time.Instant;
import java.util.List;

@Mapper
interface InviteMapper {

    long insert(@Param("code") String code, @Param("schoolId") long schoolId, @Param("role") String role,
                @Param("classId") Long classId, @Param("childId") Long childId, @Param("createdBy") long createdBy,
                @Param("expiresAt") Instant expiresAt, @Param("maxUses") int maxUses);

    StoredInvite find(@Param("id") long id);

    /** Locks the invite: concurrent redemptions of one code run one after another. */
    StoredInvite lockByCode(@Param("code") String code);

    List<StoredInvite> list(@Param("schoolId") long schoolId, @Param("createdBy") Long createdBy, @Param("page") PageRequest page);

    long count(@Param("schoolId") long schoolId, @Param("createdBy") Long createdBy);

    boolean usedBy(@Param("inviteId") long inviteId, @Param("accountId") long accountId);

    int recordUse(@Param("inviteId") long inviteId, @Param("accountId") long accountId);

    void countUse(@Param("inviteId") long inviteId);

    void revoke(@Param("id") long id);
}
