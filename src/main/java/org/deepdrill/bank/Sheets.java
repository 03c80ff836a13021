package org.deepdrill.bank;

import java.util.List;
import java.util.Optional;

/** The exam sheets questions may cite in {@code source.seed}: the five sheets the banks are built from. */
public final class Sheets {
    /** File names of the sheets, as the course hands them out. */
    public static final List<String> NAMES = List.of(
            "000_5d93ba6ba0cd2eee.txt",
            "001_07b7ebab6056e974.txt",
            "002_b18bdfd7ccffa544.txt",
            "003_42a881010ab34298.txt",
            "004_a5bc89d08f284eab.txt");

    private Sheets() {
    }

    /** A problem with the question's source, or empty when it has none or names a real sheet. */
    public static Optional<String> check(Question q) {
        if (q.source() == null || q.source().seed() == null || NAMES.contains(q.source().seed())) {
            return Optional.empty();
        }
        return Optional.of("source.seed '" + q.source().seed() + "' is not one of the sheets: " + String.join(", ", NAMES));
    }
}
