package ua.zalik.users;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import ua.zalik.kernel.PageRequest;
import ua.zalik.kernel.Role;

import java.util.Collection;
import java.util.List;

/** Accounts with their roles, credentials, guardianships and Telegram links. */
@Mapper
interface AccountMapper {

    long insertAccount(@Param("schoolId") long schoolId, @Param("fullName") String fullName, @Param("email") String email,
                       @Param("language") String language);

    void updateAccount(@Param("id") long id, @Param("fullName") String fullName, @Param("email") String email,
                       @Param("language") String language);

    void addRole(@Param("accountId") long accountId, @Param("role") Role role);

    void removeRolesExcept(@Param("accountId") long accountId, @Param("keep") Collection<Role> keep);

    StoredAccount find(@Param("id") long id);

    StoredAccount findByEmail(@Param("email") String email);

    List<StoredAccount> findAll(@Param("ids") Collection<Long> ids);

    /** Accounts of a school, optionally of one role and/or among the given ids. */
    List<StoredAccount> list(@Param("schoolId") long schoolId, @Param("role") Role role,
                             @Param("onlyIds") Collection<Long> onlyIds, @Param("page") PageRequest page);

    long count(@Param("schoolId") long schoolId, @Param("role") Role role, @Param("onlyIds") Collection<Long> onlyIds);

    String passwordHash(@Param("accountId") long accountId);

    void savePassword(@Param("accountId") long accountId, @Param("hash") String hash);

    int link(@Param("parentId") long parentId, @Param("studentId") long studentId);

    int unlink(@Param("parentId") long parentId, @Param("studentId") long studentId);

    List<Long> childIds(@Param("parentId") long parentId);

    List<Long> guardianIds(@Param("studentId") long studentId);

    void saveTelegramLink(@Param("link") TelegramLink link);

    TelegramLink telegramLinkOfUser(@Param("telegramUserId") long telegramUserId);

    StoredTelegramAccount telegramAccount(@Param("telegramUserId") long telegramUserId);

    TelegramLink telegramLinkOfAccount(@Param("accountId") long accountId);

    List<Long> parentsInTelegram();

    int deactivateChat(@Param("chatId") long chatId);
}
