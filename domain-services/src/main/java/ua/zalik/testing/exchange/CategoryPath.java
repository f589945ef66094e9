package ua.zalik.testing.exchange;

import java.util.ArrayList;
import java.util.List;

/** Moodle's category paths: {@code $course$/top/Algebra/Equations}, a literal slash inside a name doubled. */
final class CategoryPath {

    private CategoryPath() {
    }

    static List<String> parse(String path) {
        List<String> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        String text = path.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                name.append('/');
                i++;
            } else if (c == '/') {
                names.add(name.toString().strip());
                name.setLength(0);
            } else {
                name.append(c);
            }
        }
        names.add(name.toString().strip());
        names.removeIf(String::isEmpty);
        // the context marker ($course$, $system$, $cat1$, $module$) and the context's "top" category say where in Moodle
        if (!names.isEmpty() && names.getFirst().matches("\\$[a-z0-9]+\\$")) {
            names.removeFirst();
        }
        if (!names.isEmpty() && names.getFirst().equals("top")) {
            names.removeFirst();
        }
        return List.copyOf(names);
    }

    static String format(List<String> names) {
        StringBuilder path = new StringBuilder("$course$/top");
        names.forEach(name -> path.append('/').append(name.replace("/", "//")));
        return path.toString();
    }
}
