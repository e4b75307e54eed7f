package org.safeguardinghub.partnership;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.modulith.NamedInterface;

/**
 * A PDF or Word document that has really been opened by a parser, not just named like one, and that
 * carries nothing that acts when a partner opens it (scripts, launch actions, macros, remote content,
 * embedded objects: see {@link PdfActiveContent} and {@link WordActiveContent}).
 */
@NamedInterface("api")
public record UploadedDocument(String fileName, Kind kind, byte[] content) {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public enum Kind {
        PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String contentType;

        Kind(String contentType) {
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Thrown with a message fit to show the person who uploaded the file. */
    @NamedInterface("api")
    public static class Rejected extends Exception {
        public Rejected(String message) {
            super(message);
        }
    }

    public static UploadedDocument check(String originalName, byte[] content) throws Rejected {
        if (content == null || content.length == 0) {
            throw new Rejected("Select a terms of reference document");
        }
        if (content.length > MAX_BYTES) {
            throw new Rejected("The selected file must be smaller than 20MB");
        }
        var name = originalName == null || originalName.isBlank() ? "terms-of-reference" : safeName(originalName);
        var lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf")) {
            Optional<PdfActiveContent.Hazard> hazard;
            try (var pdf = Loader.loadPDF(content)) {
                if (pdf.getNumberOfPages() < 1) {
                    throw new Rejected("The selected file must be a PDF or Word document");
                }
                hazard = PdfActiveContent.in(pdf);
            } catch (InvalidPasswordException e) {
                throw new Rejected("The PDF is protected with a password. Remove the password and upload it again");
            } catch (IOException | RuntimeException e) {
                throw new Rejected("The selected file must be a PDF or Word document");
            }
            if (hazard.isPresent()) {
                throw new Rejected(hazard.get().message);
            }
            return new UploadedDocument(name, Kind.PDF, content);
        }
        if (lower.endsWith(".docx")) {
            Optional<WordActiveContent.Hazard> hazard;
            try (var docx = new XWPFDocument(new ByteArrayInputStream(content))) {
                docx.getParagraphs();
                hazard = WordActiveContent.in(docx.getPackage());
            } catch (IOException | RuntimeException e) {
                throw new Rejected("The selected file must be a PDF or Word document");
            }
            if (hazard.isPresent()) {
                throw new Rejected(hazard.get().message);
            }
            return new UploadedDocument(name, Kind.DOCX, content);
        }
        throw new Rejected("The selected file must be a PDF or Word document");
    }

    private static String safeName(String name) {
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        return base.replaceAll("[^A-Za-z0-9._ -]", "_");
    }
}
