package org.safeguardinghub.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.modulith.NamedInterface;

/** An Excel workbook of sheets (or one sheet as CSV), each a header row and rows of text or numbers, with the header frozen. */
@NamedInterface("api")
public final class Spreadsheet {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;
    private final CellStyle wrapped;

    public Spreadsheet() {
        var font = workbook.createFont();
        font.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(font);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
    }

    /** Adds a sheet. Cells that are numbers stay numbers; everything else is text, never a formula. */
    public Spreadsheet sheet(String name, List<String> headers, List<List<Object>> rows) {
        var sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
        var header = sheet.createRow(0);
        for (var i = 0; i < headers.size(); i++) {
            var cell = header.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(bold);
        }
        var r = 1;
        for (var values : rows) {
            var row = sheet.createRow(r++);
            for (var i = 0; i < values.size(); i++) {
                var value = values.get(i);
                var cell = row.createCell(i);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else if (value != null) {
                    cell.setCellValue(String.valueOf(value));
                    cell.setCellStyle(wrapped);
                }
            }
        }
        for (var i = 0; i < headers.size(); i++) {
            sheet.setColumnWidth(i, 30 * 256);
        }
        sheet.createFreezePane(0, 1);
        return this;
    }

    /**
     * One sheet as CSV that Excel opens in UTF-8 (byte order mark, CRLF). A cell that starts like a
     * formula is prefixed with an apostrophe so that it stays text.
     */
    public static byte[] csv(List<String> headers, List<List<Object>> rows) {
        var csv = new StringBuilder("\uFEFF").append(csvLine(headers));
        rows.forEach(row -> csv.append(csvLine(row)));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csvLine(List<?> cells) {
        return String.join(",", cells.stream().map(Spreadsheet::csvCell).toList()) + "\r\n";
    }

    private static String csvCell(Object value) {
        var text = value == null ? "" : String.valueOf(value);
        var safe = !(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    public byte[] toBytes() {
        try (workbook; var out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
