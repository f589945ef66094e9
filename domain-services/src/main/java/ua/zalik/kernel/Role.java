package ua.zalik.kernel;

public enum Role { ADMIN, TEACHER, STUDENT, PARENT }
