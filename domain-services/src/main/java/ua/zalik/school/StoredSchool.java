package ua.zalik.school;

record StoredSchool(long id, String name, String timezone, String gradeThresholds) {

    School toSchool() {
        return new School(id, name, java.time.ZoneId.of(timezone), GradeScale.parse(gradeThresholds));
    }
}
