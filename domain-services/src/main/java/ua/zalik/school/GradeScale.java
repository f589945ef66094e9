package ua.zalik.school;

import ua.zalik.kernel.InvalidInputException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The school's mapping from percent to the Ukrainian 12-point scale: the minimum percent of each grade 1..12. */
public record GradeScale(List<Integer> thresholds) {

    public static final GradeScale DEFAULT = parse("0,20,34,44,52,60,68,74,80,86,91,96");

    public GradeScale {
        thresholds = List.copyOf(thresholds);
        if (thresholds.size() != 12 || thresholds.getFirst() != 0) {
            throw new InvalidInputException("a grade scale has 12 thresholds and starts at 0%");
        }
        for (int i = 1; i < 12; i++) {
            if (thresholds.get(i) <= thresholds.get(i - 1) || thresholds.get(i) > 100) {
                throw new InvalidInputException("grade thresholds must rise strictly and stay within 100%");
            }
        }
    }

    public int grade(double percent) {
        for (int grade = 12; grade > 1; grade--) {
            if (percent >= thresholds.get(grade - 1)) {
                return grade;
            }
        }
        return 1;
    }

    static GradeScale parse(String stored) {
        return new GradeScale(Arrays.stream(stored.split(",")).map(String::trim).map(Integer::valueOf).toList());
    }

    String stored() {
        return thresholds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
