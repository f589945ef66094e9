package ua.zalik.worktime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ua.zalik.kernel.InvalidInputException;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurationsTests {

    @ParameterizedTest(name = "{0} is {1} minutes")
    @CsvSource(delimiter = '|', value = {
            "45m|45", "1h30m|90", "1.5h|90", "1,5 год|90", "2h|120", "1h 5m|65", "2 год 15 хв|135", "1г30хв|90",
            "90|90", "1:30|90", "0.25h|15", "45 min|45", "1 hour|60", "3 hours 10 minutes|190", " 20хв |20", "1H30M|90"})
    void readsWhatPeopleType(String text, long minutes) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest(name = "''{0}'' is refused")
    @ValueSource(strings = {"", "  ", "abc", "1x", "h", "1 30", "0m", "25h", "1h30", "m45", "1.5.2h", "-5m", "1hh"})
    void refusesWhatIsNotADuration(String text) {
        assertThatThrownBy(() -> Durations.parse(text)).isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest(name = "{0} minutes print as {1}")
    @CsvSource({"45,45m", "90,1h30m", "120,2h"})
    void formatsSoThatParseReadsItBack(long minutes, String text) {
        assertThat(Durations.format(Duration.ofMinutes(minutes))).isEqualTo(text);
        assertThat(Durations.parse(text)).isEqualTo(Duration.ofMinutes(minutes));
    }
}
