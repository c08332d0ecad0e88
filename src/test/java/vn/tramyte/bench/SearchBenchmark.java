package vn.tramyte.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import vn.tramyte.app.Services;
import vn.tramyte.common.SearchText;
import vn.tramyte.person.PersonRow;
import vn.tramyte.person.PersonSearch;
import vn.tramyte.testing.TestStation;

/**
 * Search as you type on the People page (issue 12): the people of the centre's database
 * (CentreData, 200,000) and of its biggest station, in a JavaFX FilteredList as the page holds them;
 * three queries typed without diacritics, one letter at a time ("hoa": three letters; "nguyen": one
 * word; "lo thi hoa": three words); each keystroke sets the list's predicate (the whole list is
 * filtered) and takes the first 50 rows the table shows. The median is over every keystroke; the
 * floor is one plain pass over the same names per keystroke ({@code String.contains} of the typed
 * text), the least a search of every person must do.
 */
final class SearchBenchmark {
    static final String[] QUERIES = {"hoa", "nguyen", "lo thi hoa"};
    private static final int ROUNDS = 5;

    private SearchBenchmark() {
    }

    static String run() throws Exception {
        Path dir = CentreData.centre(Bench.CACHE, 200_000);
        List<PersonRow> everyone;
        try (Services centre = TestStation.open(dir)) {
            everyone = centre.database().read(tx -> centre.people().rows(tx, null));
        }
        String biggest = everyone.stream().collect(java.util.stream.Collectors.groupingBy(PersonRow::stationCode,
                java.util.stream.Collectors.counting())).entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                .orElseThrow().getKey();
        List<PersonRow> station = everyone.stream().filter(p -> p.stationCode().equals(biggest)).toList();
        return measure("search-centre", everyone) + System.lineSeparator() + measure("search-station", station);
    }

    private static String measure(String name, List<PersonRow> people) {
        ObservableList<PersonRow> all = FXCollections.observableArrayList(people);
        FilteredList<PersonRow> shown = new FilteredList<>(all);
        List<Long> keystrokes = new ArrayList<>();
        List<Long> floors = new ArrayList<>();
        long sink = 0;
        Bench.resetPeakHeap();
        for (int r = -1; r < ROUNDS; r++) { // round -1 warms the JIT compiler up
            for (String query : QUERIES) {
                for (int typed = 1; typed <= query.length(); typed++) {
                    String text = query.substring(0, typed);
                    if (text.endsWith(" ")) {
                        continue; // a space alone changes no result
                    }
                    long t0 = System.nanoTime();
                    shown.setPredicate(PersonSearch.of(text));
                    List<PersonRow> firstRows = new ArrayList<>(shown.subList(0, Math.min(50, shown.size())));
                    long t1 = System.nanoTime();
                    String plain = SearchText.normalize(text);
                    int found = 0;
                    for (PersonRow p : people) {
                        if (p.searchName().contains(plain)) {
                            found++;
                        }
                    }
                    long t2 = System.nanoTime();
                    sink += firstRows.size() + found;
                    if (r >= 0) {
                        keystrokes.add(t1 - t0);
                        floors.add(t2 - t1);
                    }
                }
            }
        }
        long[] k = keystrokes.stream().mapToLong(Long::longValue).toArray();
        long[] f = floors.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(java.util.Locale.ROOT, "%s: %d people, %d keystrokes measured, slowest %.1f ms (%d)%n", name,
                people.size(), k.length, java.util.Arrays.stream(k).max().orElse(0) / 1e6, sink % 10);
        return Bench.line(name, Bench.medianMs(k), Bench.medianMs(f), Bench.peakHeapMb());
    }
}
