package org.safeguardinghub.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.modulith.NamedInterface;

/**
 * An A4 PDF written top to bottom: headings, wrapped paragraphs, bullet lists and simple tables,
 * with new pages as the text runs on. Characters the standard fonts cannot draw become "?".
 */
@NamedInterface("api")
public final class PrintedDocument {

    private static final float MARGIN = 50;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    private final PDDocument document = new PDDocument();
    private final PDRectangle size;
    private PDPageContentStream stream;
    private float y;

    private PrintedDocument(String title, boolean landscape) {
        this.size = landscape ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()) : PDRectangle.A4;
        var info = new PDDocumentInformation();
        info.setTitle(title);
        info.setCreator("Safeguarding Partnership Hub");
        document.setDocumentInformation(info);
        newPage();
    }

    public static PrintedDocument portrait(String title) {
        return new PrintedDocument(title, false);
    }

    public static PrintedDocument landscape(String title) {
        return new PrintedDocument(title, true);
    }

    public PrintedDocument heading(String text, int level) {
        var fontSize = level <= 1 ? 18f : level == 2 ? 14f : 12f;
        y -= 6;
        lines(BOLD, fontSize, text, MARGIN, width());
        y -= 4;
        return this;
    }

    public PrintedDocument paragraph(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        for (var part : text.split("\\R")) {
            lines(REGULAR, 10, part, MARGIN, width());
        }
        y -= 6;
        return this;
    }

    public PrintedDocument label(String label, String text) {
        lines(BOLD, 10, label, MARGIN, width());
        return paragraph(text == null || text.isBlank() ? "None" : text);
    }

    public PrintedDocument bullets(List<String> items) {
        for (var item : items) {
            var wrapped = wrap(REGULAR, 10, item, width() - 12);
            for (var i = 0; i < wrapped.size(); i++) {
                space(14);
                if (i == 0) {
                    write(REGULAR, 10, "-", MARGIN, y);
                }
                write(REGULAR, 10, wrapped.get(i), MARGIN + 12, y);
                y -= 14;
            }
        }
        y -= 6;
        return this;
    }

    /** A table whose columns share the page width in the given proportions; the header repeats on each page. */
    public PrintedDocument table(List<String> headers, float[] proportions, List<List<String>> rows) {
        var total = 0f;
        for (var p : proportions) {
            total += p;
        }
        var widths = new float[proportions.length];
        for (var i = 0; i < widths.length; i++) {
            widths[i] = width() * proportions[i] / total;
        }
        row(BOLD, headers, widths);
        for (var row : rows) {
            if (row(REGULAR, row, widths)) {
                row(BOLD, headers, widths);
                row(REGULAR, row, widths);
            }
        }
        y -= 8;
        return this;
    }

    /** Writes one row; answers true if it did not fit and a new page was started instead. */
    private boolean row(PDType1Font font, List<String> cells, float[] widths) {
        var wrapped = new ArrayList<List<String>>();
        var height = 0;
        for (var i = 0; i < widths.length; i++) {
            var cell = wrap(font, 9, i < cells.size() && cells.get(i) != null ? cells.get(i) : "", widths[i] - 6);
            wrapped.add(cell);
            height = Math.max(height, cell.size());
        }
        var needed = height * 12f + 6;
        if (y - needed < MARGIN && font == REGULAR && needed < size.getHeight() - 2 * MARGIN) {
            newPage();
            return true;
        }
        var x = MARGIN;
        for (var i = 0; i < widths.length; i++) {
            var lineY = y;
            for (var line : wrapped.get(i)) {
                write(font, 9, line, x, lineY);
                lineY -= 12;
            }
            x += widths[i];
        }
        y -= needed;
        try {
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y + 8);
            stream.lineTo(MARGIN + width(), y + 8);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    public byte[] toBytes() {
        try (document; var out = new ByteArrayOutputStream()) {
            stream.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    private void lines(PDType1Font font, float fontSize, String text, float x, float width) {
        for (var line : wrap(font, fontSize, text, width)) {
            space(fontSize + 4);
            write(font, fontSize, line, x, y);
            y -= fontSize + 4;
        }
    }

    private void space(float needed) {
        if (y - needed < MARGIN) {
            newPage();
        }
    }

    private void newPage() {
        try {
            if (stream != null) {
                stream.close();
            }
            var page = new PDPage(size);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = size.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PDType1Font font, float fontSize, String text, float x, float atY) {
        try {
            stream.beginText();
            stream.setFont(font, fontSize);
            stream.newLineAtOffset(x, atY - fontSize);
            stream.showText(text);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> wrap(PDType1Font font, float fontSize, String text, float width) {
        var lines = new ArrayList<String>();
        for (var paragraph : text.split("\\R")) {
            lines.addAll(wrapLine(font, fontSize, paragraph, width));
        }
        return lines;
    }

    private static List<String> wrapLine(PDType1Font font, float fontSize, String text, float width) {
        var lines = new ArrayList<String>();
        var current = new StringBuilder();
        for (var word : drawable(font, text).split(" ")) {
            var candidate = current.isEmpty() ? word : current + " " + word;
            if (textWidth(font, fontSize, candidate) <= width || current.isEmpty()) {
                current = new StringBuilder(candidate);
            } else {
                lines.add(current.toString());
                current = new StringBuilder(word);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    private static float textWidth(PDType1Font font, float fontSize, String text) {
        try {
            return font.getStringWidth(text) / 1000 * fontSize;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String drawable(PDType1Font font, String text) {
        var out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(c -> {
            var s = new String(Character.toChars(c));
            try {
                font.encode(s);
                out.append(s);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }
}
