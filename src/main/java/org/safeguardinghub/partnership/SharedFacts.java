package org.safeguardinghub.partnership;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** How the facts used to recognise a shared record are compared: ignoring case and extra spaces. */
final class SharedFacts {

    private SharedFacts() {
    }

    /** Trimmed, with runs of spaces made one, so "West  Mercia Police " is "West Mercia Police". */
    static String tidy(String text) {
        return text == null ? null : text.trim().replaceAll("\\s+", " ");
    }

    static boolean same(String a, String b) {
        return a != null && b != null && tidy(a).toLowerCase(Locale.ROOT).equals(tidy(b).toLowerCase(Locale.ROOT));
    }

    /** A website's domain without "www.", so https://www.westmercia.police.uk/about is westmercia.police.uk. */
    static Optional<String> domain(String website) {
        if (website == null || website.isBlank()) {
            return Optional.empty();
        }
        try {
            var host = URI.create(website.trim()).getHost();
            if (host == null || host.isBlank()) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    static boolean sameDomain(String a, String b) {
        var first = domain(a);
        return first.isPresent() && first.equals(domain(b));
    }
}
