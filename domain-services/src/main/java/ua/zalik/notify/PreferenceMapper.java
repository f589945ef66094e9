package ua.zalik.notify;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface PreferenceMapper {

    StoredPreferences find(@Param("accountId") long accountId);

    void save(StoredPreferences preferences);
}
