package org.safeguardinghub.notifications;

import java.util.Objects;
import org.springframework.modulith.NamedInterface;

/** A file sent with an email, such as a calendar invitation ({@code text/calendar}). */
@NamedInterface("api")
public record MailAttachment(String filename, String contentType, byte[] content) {

    public MailAttachment {
        if (filename == null || filename.isBlank()) {
            throw new IllegalArgumentException("An attachment needs a file name");
        }
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
