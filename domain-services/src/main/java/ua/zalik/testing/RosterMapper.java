package ua.zalik.testing;

import org.apache.ibatis.annotations.Mapper;

import java.util.List;

@Mapper
interface RosterMapper {

    RosterHeader header(long assignmentId);

    List<RosterRow> students(long assignmentId);
}
