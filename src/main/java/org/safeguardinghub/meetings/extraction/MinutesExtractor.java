package org.safeguardinghub.meetings.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads minutes written outside the Hub (Word, PDF, Markdown or plain text) into attendees, agenda
 * items, actions and decisions, so that they can be checked and then saved. A file is trusted to
 * be what its name says only once a parser has opened it.
 */
public class MinutesExtractor {

    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    public ExtractedMinutes extract(String fileName, byte[] content) throws MinutesRejected {
        return read(fileName, content).minutes();
    }

    /** What {@link #extract} reads, with the meeting's time and place from its heading, for an import. */
    public ReadMinutes read(String fileName, byte[] content) throws MinutesRejected {
        var name = fileName == null || fileName.isBlank() ? "minutes" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new MinutesRejected(name + " is empty");
        }
        if (content.length > MAX_BYTES) {
            throw new MinutesRejected(name + " is larger than 20 MB");
        }
        var lower = name.toLowerCase(Locale.ROOT);
        MinutesText text;
        if (lower.endsWith(".docx")) {
            text = MinutesText.fromDocx(openDocx(name, content));
        } else if (lower.endsWith(".pdf")) {
            text = readPdf(name, content);
        } else if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            text = MinutesText.fromMarkdown(decode(name, content));
        } else if (lower.endsWith(".txt")) {
            text = MinutesText.fromPlainText(decode(name, content));
        } else {
            throw new MinutesRejected(name + " must be a Word (.docx), PDF, Markdown (.md) or text (.txt) file");
        }
        if (text.isBlank()) {
            throw new MinutesRejected(name + " has no text in it" + (lower.endsWith(".pdf")
                    ? " (a scanned PDF needs its text recognised first)" : ""));
        }
        return new ReadMinutes(new MinutesReading(name, text).read(), MeetingHeading.in(text.blocks()));
    }

    /** The minutes as read, and when and where the meeting was held as their heading gives it. */
    public record ReadMinutes(ExtractedMinutes minutes, MeetingHeading heading) {
    }

    private static XWPFDocument openDocx(String name, byte[] content) throws MinutesRejected {
        if (startsWith(content, OLE_MAGIC)) {
            throw new MinutesRejected(name + " is an older Word (.doc) file; save it as .docx and try again");
        }
        if (!startsWith(content, ZIP_MAGIC)) {
            throw new MinutesRejected(name + " is not a Word (.docx) file");
        }
        try {
            return new XWPFDocument(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw new MinutesRejected(name + " is not a Word (.docx) file", e);
        }
    }

    private static MinutesText readPdf(String name, byte[] content) throws MinutesRejected {
        if (!hasPdfHeader(content)) {
            throw new MinutesRejected(name + " is not a PDF file");
        }
        try (var pdf = Loader.loadPDF(content)) {
            // Even a PDF that opens without a password may forbid copying its text; either way
            // the person importing should save an unprotected copy rather than get half the text.
            if (pdf.isEncrypted()) {
                throw new MinutesRejected(name + " is a protected (encrypted) PDF; save a copy without protection and try again");
            }
            return MinutesText.fromPdf(pdf);
        } catch (InvalidPasswordException e) {
            throw new MinutesRejected(name + " is a protected (encrypted) PDF; save a copy without protection and try again", e);
        } catch (IOException | RuntimeException e) {
            throw new MinutesRejected(name + " is not a PDF file that can be read", e);
        }
    }

    /**
     * Minutes saved as text by Word on Windows are often Windows-1252 rather than UTF-8, so a file
     * that is not valid UTF-8 is read as that rather than turned away.
     */
    private static String decode(String name, byte[] content) throws MinutesRejected {
        if (startsWith(content, PDF_MAGIC) || startsWith(content, ZIP_MAGIC) || startsWith(content, OLE_MAGIC)) {
            throw new MinutesRejected(name + " is not a text file (it looks like a PDF or Word document)");
        }
        int control = 0;
        for (byte b : content) {
            if (b == 0) {
                throw new MinutesRejected(name + " is not a text file");
            }
            if (b > 0 && b < 32 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (control > content.length / 100 + 2) {
            throw new MinutesRejected(name + " is not a text file");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            text = new String(content, Charset.forName("windows-1252"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** PDF readers accept a header anywhere in the first kilobyte, and some generators put junk before it. */
    private static boolean hasPdfHeader(byte[] content) {
        for (int at = 0; at <= Math.min(1024, content.length - PDF_MAGIC.length); at++) {
            if (matchesAt(content, at, PDF_MAGIC)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return matchesAt(content, 0, magic);
    }

    private static boolean matchesAt(byte[] content, int at, byte[] magic) {
        if (content.length - at < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[at + i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
