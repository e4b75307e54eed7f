package org.safeguardinghub.scrutiny;

import java.time.format.DateTimeFormatter;

final class Dates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private Dates() {
    }
}
