package se.traden.followup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import se.traden.followup.IndicatorTable.Row;

/**
 * The situation picture as CSV (semicolon separated with a byte order mark, as Swedish spreadsheet
 * programs expect) and as XLSX (a sheet per indicator, numbers as numbers). Every text that comes from
 * people (an organisation's name, say) is made safe against formula injection: a cell that would
 * start with = + - @ or a control character gets a leading apostrophe, so a spreadsheet shows it as
 * text instead of running it.
 */
final class SituationExport {
    private static final char[] FORMULA_STARTS = {'=', '+', '-', '@', '\t', '\r', '\n'};

    private SituationExport() {}

    static byte[] csv(SituationPicture picture, CellText text) {
        var out = new ByteArrayOutputStream();
        CSVFormat format = CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(';')
                .setRecordSeparator("\r\n")
                .get();
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                var csv = new CSVPrinter(writer, format)) {
            writer.write('\ufeff');
            csv.printRecord(safe(text.message("followup.situation.heading")), period(picture), kind(picture, text));
            for (IndicatorTable table : picture.tables()) {
                csv.println();
                csv.printRecord(safe(text.message(table.indicator().titleKey())));
                csv.printRecord(safe(text.message(table.indicator().descriptionKey())));
                List<String> header = new ArrayList<>();
                header.add(safe(text.message("followup.col.row")));
                table.columns().forEach(c -> header.add(safe(text.label(c))));
                csv.printRecord(header);
                for (Row row : table.allRows()) {
                    List<String> record = new ArrayList<>();
                    record.add(safe(text.label(row.label())));
                    row.cells().forEach(c -> record.add(plain(c, text)));
                    csv.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(SituationPicture picture, CellText text) {
        var out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "Tråden", "1.0");
            workbook.setGlobalDefaultFont("Liberation Sans", 11);
            Set<String> names = new HashSet<>();
            for (IndicatorTable table : picture.tables()) {
                Worksheet sheet = workbook.newWorksheet(
                        sheetName(text.message(table.indicator().titleKey()), names));
                sheet.value(0, 0, safe(text.message(table.indicator().titleKey())));
                sheet.style(0, 0).bold().fontSize(13).set();
                sheet.value(1, 0, safe(text.message(table.indicator().descriptionKey())));
                sheet.value(2, 0, period(picture) + " " + kind(picture, text));
                int r = 4;
                sheet.value(r, 0, safe(text.message("followup.col.row")));
                for (int c = 0; c < table.columns().size(); c++) {
                    sheet.value(r, c + 1, safe(text.label(table.columns().get(c))));
                }
                sheet.range(r, 0, r, table.columns().size()).style().bold().set();
                for (Row row : table.allRows()) {
                    r++;
                    sheet.value(r, 0, safe(text.label(row.label())));
                    for (int c = 0; c < row.cells().size(); c++) {
                        write(sheet, r, c + 1, row.cell(c), text);
                    }
                }
                if (table.total() != null) {
                    sheet.range(r, 0, r, table.columns().size()).style().bold().set();
                }
                sheet.width(0, 42);
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(Worksheet sheet, int r, int c, Cell cell, CellText text) {
        switch (cell) {
            case Cell.Count count -> sheet.value(r, c, count.value());
            case Cell.Share share -> {
                if (share.percent() == null) {
                    sheet.value(r, c, CellText.NONE);
                } else {
                    sheet.value(r, c, share.percent() / 100.0);
                    sheet.style(r, c).format("0%").set();
                }
            }
            case Cell.Days days -> {
                if (days.value() == null) {
                    sheet.value(r, c, CellText.NONE);
                } else {
                    sheet.value(r, c, days.value());
                    sheet.style(r, c).format("0.0").set();
                }
            }
            case Cell.Hidden hidden -> sheet.value(r, c, text.text(cell));
        }
    }

    /** A count as its digits; everything else as the page writes it. */
    private static String plain(Cell cell, CellText text) {
        return cell instanceof Cell.Count count ? Long.toString(count.value()) : text.text(cell);
    }

    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        for (char c : FORMULA_STARTS) {
            if (first == c) {
                return "'" + value;
            }
        }
        return value;
    }

    private static String period(SituationPicture picture) {
        return picture.period().from() + " – " + picture.period().to();
    }

    private static String kind(SituationPicture picture, CellText text) {
        return text.message(picture.aggregated() ? "followup.export.aggregated" : "followup.export.whole");
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ and unique in the book. */
    private static String sheetName(String title, Set<String> taken) {
        String name = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (name.length() > 31) {
            name = name.substring(0, 31).strip();
        }
        String candidate = name;
        for (int i = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " " + i;
            candidate = name.substring(0, Math.min(name.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
