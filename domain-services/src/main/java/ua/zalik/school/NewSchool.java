package ua.zalik.school;

import java.time.ZoneId;

public record NewSchool(String name, ZoneId timezone) {
}
