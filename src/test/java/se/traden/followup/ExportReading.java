package se.traden.followup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/** Reads the exports back, so that a test can set them beside the picture. */
final class ExportReading {
    private ExportReading() {}

    static List<List<String>> csv(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\ufeff")) {
            text = text.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        for (CSVRecord record : CSVFormat.Builder.create(CSVFormat.DEFAULT)
                .setDelimiter(';')
                .get()
                .parse(new StringReader(text))) {
            rows.add(record.toList());
        }
        return rows;
    }

    /** The data rows under an indicator's title (after its description and header). */
    static List<List<String>> section(List<List<String>> rows, String title) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() == 1 && rows.get(i).get(0).equals(title)) {
                List<List<String>> data = new ArrayList<>();
                for (int r = i + 3; r < rows.size() && rows.get(r).size() > 1; r++) {
                    data.add(rows.get(r));
                }
                return data;
            }
        }
        throw new AssertionError("no section " + title);
    }

    /** Each sheet's data rows, written as the page writes them (counts as digits). */
    static Map<String, List<List<String>>> xlsx(byte[] bytes) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(
                new ByteArrayInputStream(bytes), new org.dhatim.fastexcel.reader.ReadingOptions(true, false))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<String>> rows = new ArrayList<>();
                for (var row : sheet.read()) {
                    if (row.getRowNum() < 6) {
                        if (row.getRowNum() == 1) {
                            rows.add(List.of("#title", row.getCellAsString(0).orElse("")));
                        }
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        var cell = row.getCell(c);
                        if (cell == null) {
                            continue;
                        }
                        cells.add(
                                switch (cell.getType()) {
                                    case NUMBER -> number(cell.asNumber(), cell.getDataFormatString());
                                    default -> cell.getText();
                                });
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        Map<String, List<List<String>>> byTitle = new LinkedHashMap<>();
        sheets.forEach((name, rows) -> {
            String title = rows.get(0).get(1);
            byTitle.put(title, rows.subList(1, rows.size()));
        });
        return byTitle;
    }

    static String sheetTitle(Map<String, List<List<String>>> sheets, String title) {
        return sheets.containsKey(title) ? title : "'" + title;
    }

    private static String number(BigDecimal value, String format) {
        if ("0%".equals(format)) {
            return value.multiply(BigDecimal.valueOf(100)).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
        }
        if ("0.0".equals(format)) {
            return value.setScale(1, java.math.RoundingMode.HALF_UP)
                    .toPlainString()
                    .replace('.', ',');
        }
        return value.stripTrailingZeros().toPlainString();
    }

    /** The page's texts with the digit grouping taken out of counts, as the exports write them. */
    static List<List<String>> digitsOnly(List<List<String>> rows) {
        return rows.stream()
                .map(r -> r.stream()
                        .map(t -> t.matches("[0-9][0-9 ]*") ? t.replace(" ", "") : t)
                        .toList())
                .toList();
    }

    /** How many cells of the workbook hold a formula. */
    static int formulaCount(byte[] bytes) throws IOException {
        int formulas = 0;
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, bytes);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                for (var entry : java.util.Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("xl/worksheets/")) {
                        String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                        formulas += xml.split("<f>", -1).length - 1 + xml.split("<f ", -1).length - 1;
                    }
                }
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        return formulas;
    }
}
