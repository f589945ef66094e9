package ua.zalik.worktime;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface GoalMapper {

    @Select("select weekly_minutes from worktime.goal where account_id = #{accountId}")
    Integer weeklyMinutes(@Param("accountId") long accountId);

    @Insert("insert into worktime.goal (account_id, weekly_minutes) values (#{accountId}, #{minutes}) "
            + "on conflict (account_id) do update set weekly_minutes = excluded.weekly_minutes, updated_at = now()")
    void save(@Param("accountId") long accountId, @Param("minutes") int minutes);

    @Delete("delete from worktime.goal where account_id = #{accountId}")
    void delete(@Param("accountId") long accountId);
}
