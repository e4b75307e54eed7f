package org.safeguardinghub.partnership;

import java.time.Instant;
import java.time.LocalDate;

/** A version of terms of reference without its document, for listing. */
public record TermsOfReferenceVersion(Long id, int versionNumber, LocalDate agreedOn, String fileName,
        String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {

    public String sizeLabel() {
        return sizeBytes < 1024 * 1024 ? Math.max(1, sizeBytes / 1024) + "KB"
                : String.format("%.1fMB", sizeBytes / (1024.0 * 1024.0));
    }

    public String kindLabel() {
        return contentType.equals("application/pdf") ? "PDF" : "Word document";
    }
}
