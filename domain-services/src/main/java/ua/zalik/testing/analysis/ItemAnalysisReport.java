package ua.zalik.testing.analysis;

import java.util.List;

public record ItemAnalysisReport(TestStatistics test, List<ItemStatistics> items) {

    public ItemAnalysisReport {
        items = List.copyOf(items);
    }
}
