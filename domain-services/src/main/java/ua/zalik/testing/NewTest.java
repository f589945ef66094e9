package ua.zalik.testing;

import java.util.List;

public record NewTest(String title, TestSettings settings, List<Slot> slots) {

    public NewTest {
        settings = settings == null ? TestSettings.DEFAULT : settings;
        slots = slots == null ? List.of() : List.copyOf(slots);
    }
}
