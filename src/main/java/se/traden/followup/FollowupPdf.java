package se.traden.followup;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfTemplate;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.traden.followup.IndicatorTable.Row;

/**
 * The PDFs of follow-up: the steering report and the annual quality report. Both carry the aggregated
 * picture (charts drawn as vectors, then the same table as the page), with the texts people wrote
 * around it. Liberation Sans is embedded (docs/decisions/0065-pdf.md).
 */
@Component
class FollowupPdf {
    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final Color INK = new Color(0x1b, 0x1f, 0x24);
    private static final Color ACCENT = new Color(0x0b, 0x4f, 0x71);
    private static final Color LINE = new Color(0xc9, 0xd0, 0xd8);
    private static final Color WASH = new Color(0xf3, 0xf5, 0xf8);
    private static final Color[] SERIES = {
        new Color(0x0b, 0x4f, 0x71),
        new Color(0xc0, 0x56, 0x00),
        new Color(0x5b, 0x6b, 0x2f),
        new Color(0x6a, 0x3d, 0x9a),
        new Color(0x4a, 0x53, 0x60)
    };
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    FollowupPdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    byte[] steeringReport(SteeringReportService.ReportView view, Locale locale) {
        CellText text = new CellText(locale, messages);
        SteeringReport report = view.report();
        return document(report.title(), locale, (document, writer, fonts) -> {
            document.add(paragraph(report.title(), fonts.title, 0, 4));
            document.add(paragraph(
                    text.message("followup.pdf.steering-subtitle") + " "
                            + report.period().from() + " – " + report.period().to(),
                    fonts.body,
                    0,
                    2));
            document.add(paragraph(text.message("followup.pdf.aggregated-note"), fonts.small, 0, 12));
            commentary(
                    document,
                    fonts,
                    text.message("followup.steering.coordinator-commentary"),
                    report.coordinator(),
                    view,
                    text);
            commentary(
                    document,
                    fonts,
                    text.message("followup.steering.group-manager-commentary"),
                    report.groupManager(),
                    view,
                    text);
            picture(document, writer, fonts, view.picture(), text);
        });
    }

    byte[] qualityReport(QualityReportService.ReportView view, SituationPicture picture, Locale locale) {
        CellText text = new CellText(locale, messages);
        int year = view.report().year();
        String title = messages.getMessage("followup.quality.pdf-title", new Object[] {year}, locale);
        se.traden.quality.YearInQuality quality = view.quality();
        return document(title, locale, (document, writer, fonts) -> {
            document.add(paragraph(title, fonts.title, 0, 4));
            document.add(paragraph(text.message("followup.quality.pdf-subtitle"), fonts.body, 0, 2));
            document.add(paragraph(text.message("followup.pdf.aggregated-note"), fonts.small, 0, 12));
            for (QualityReport.Section section : QualityReport.Section.values()) {
                section(
                        document,
                        fonts,
                        text.message(section.messageKey()),
                        view.report().text(section),
                        text.message("followup.quality.not-written"));
            }
            document.newPage();
            document.add(paragraph(text.message("followup.quality.picture"), fonts.title, 0, 6));
            picture(document, writer, fonts, picture, text);

            document.newPage();
            document.add(paragraph(text.message("followup.quality.deviations"), fonts.title, 0, 6));
            document.add(paragraph(
                    messages.getMessage(
                            "followup.quality.deviations-count",
                            new Object[] {quality.deviations().size()},
                            locale),
                    fonts.body,
                    0,
                    6));
            PdfPTable counts = new PdfPTable(new float[] {3f, 1f});
            counts.setWidthPercentage(60);
            counts.setHorizontalAlignment(Element.ALIGN_LEFT);
            counts.setSpacingAfter(8);
            counts.addCell(cell(text.message("followup.quality.category"), fonts.tableHead, WASH, Element.ALIGN_LEFT));
            counts.addCell(cell(text.message("followup.quality.count"), fonts.tableHead, WASH, Element.ALIGN_RIGHT));
            quality.byCategory().forEach((category, n) -> {
                counts.addCell(cell(text.message(category.messageKey()), fonts.tableBody, null, Element.ALIGN_LEFT));
                counts.addCell(cell(Long.toString(n), fonts.tableBody, null, Element.ALIGN_RIGHT));
            });
            document.add(counts);
            for (se.traden.quality.YearInQuality.DeviationRecord d : quality.deviations()) {
                Paragraph heading = paragraph(
                        d.reference() + " – " + text.message(d.category().messageKey()) + " – "
                                + text.message(d.status().messageKey()),
                        fonts.heading,
                        8,
                        2);
                document.add(heading);
                document.add(
                        paragraph(text.message("followup.quality.raised-on") + " " + d.raisedOn(), fonts.small, 0, 2));
                labelled(document, fonts, text.message("followup.quality.what-happened"), d.whatHappened());
                labelled(document, fonts, text.message("followup.quality.analysis"), d.analysis());
                for (se.traden.quality.YearInQuality.ActionRecord a : d.actions()) {
                    String state = a.doneOn() == null
                            ? messages.getMessage("followup.quality.action-open", new Object[] {a.dueOn()}, locale)
                            : messages.getMessage(
                                    a.doneLate() ? "followup.quality.action-done-late" : "followup.quality.action-done",
                                    new Object[] {a.doneOn(), a.dueOn()},
                                    locale);
                    labelled(document, fonts, text.message("followup.quality.action"), a.what() + " (" + state + ")");
                }
                if (d.followUp() != null) {
                    labelled(
                            document,
                            fonts,
                            text.message(
                                    d.followUp().effective()
                                            ? "followup.quality.follow-up-effective"
                                            : "followup.quality.follow-up-not-effective"),
                            d.followUp().text());
                }
            }

            document.newPage();
            document.add(paragraph(text.message("followup.quality.risks"), fonts.title, 0, 6));
            document.add(paragraph(text.message("followup.quality.risks-lead"), fonts.small, 0, 6));
            PdfPTable risks = new PdfPTable(new float[] {2.4f, 1.4f, 0.9f, 0.9f, 1f, 2.6f, 1f});
            risks.setWidthPercentage(100);
            risks.setHeaderRows(1);
            for (String key : List.of(
                    "followup.quality.risk",
                    "followup.quality.category",
                    "followup.quality.likelihood",
                    "followup.quality.consequence",
                    "followup.quality.value",
                    "followup.quality.measures",
                    "followup.quality.status")) {
                risks.addCell(cell(text.message(key), fonts.tableHead, WASH, Element.ALIGN_LEFT));
            }
            for (se.traden.quality.YearInQuality.RiskRecord r : quality.risks()) {
                risks.addCell(cell(r.title(), fonts.tableBody, null, Element.ALIGN_LEFT));
                risks.addCell(
                        cell(text.message(r.processStep().messageKey()), fonts.tableBody, null, Element.ALIGN_LEFT));
                risks.addCell(cell(Integer.toString(r.likelihood()), fonts.tableBody, null, Element.ALIGN_RIGHT));
                risks.addCell(cell(Integer.toString(r.consequence()), fonts.tableBody, null, Element.ALIGN_RIGHT));
                risks.addCell(cell(
                        r.value() + " " + text.message(r.band().messageKey()),
                        fonts.tableBody,
                        null,
                        Element.ALIGN_LEFT));
                risks.addCell(
                        cell(r.measures() == null ? "" : r.measures(), fonts.tableBody, null, Element.ALIGN_LEFT));
                risks.addCell(cell(text.message(r.status().messageKey()), fonts.tableBody, null, Element.ALIGN_LEFT));
            }
            document.add(risks);
        });
    }

    private static void labelled(Document document, Fonts fonts, String label, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        paragraph.add(new org.openpdf.text.Chunk(label + ": ", fonts.tableHead));
        paragraph.add(new org.openpdf.text.Chunk(value, fonts.body));
        paragraph.setSpacingAfter(2);
        document.add(paragraph);
    }

    /** One section of free text under a heading (the quality report's sections use it too). */
    static void section(Document document, Fonts fonts, String heading, String body, String empty) {
        document.add(paragraph(heading, fonts.heading, 10, 4));
        document.add(paragraph(body == null || body.isBlank() ? empty : body, fonts.body, 0, 6));
    }

    private void commentary(
            Document document,
            Fonts fonts,
            String heading,
            SteeringReport.Commentary commentary,
            SteeringReportService.ReportView view,
            CellText text) {
        if (commentary == null) {
            section(document, fonts, heading, null, text.message("followup.steering.no-commentary"));
            return;
        }
        section(document, fonts, heading, commentary.text(), "");
        document.add(paragraph(
                view.name(commentary.staffId()) + ", "
                        + DAY.format(commentary.at().atZone(Period.ZONE)),
                fonts.small,
                0,
                8));
    }

    /** Every indicator of the picture: heading, what it counts, the chart and the table. */
    void picture(Document document, PdfWriter writer, Fonts fonts, SituationPicture picture, CellText text) {
        for (IndicatorTable table : picture.tables()) {
            Paragraph heading = paragraph(text.message(table.indicator().titleKey()), fonts.heading, 14, 2);
            heading.setKeepTogether(true);
            document.add(heading);
            document.add(paragraph(text.message(table.indicator().descriptionKey()), fonts.small, 0, 6));
            if (table.indicator().chart() == Indicator.Chart.BARS
                    && !table.rows().isEmpty()) {
                document.add(chart(writer, BarChart.of(table), fonts, text));
            }
            document.add(table(table, fonts, text));
        }
    }

    private PdfPTable table(IndicatorTable table, Fonts fonts, CellText text) {
        PdfPTable pdf = new PdfPTable(table.columns().size() + 1);
        pdf.setWidthPercentage(100);
        pdf.setHeaderRows(1);
        pdf.setSpacingAfter(8);
        float[] widths = new float[table.columns().size() + 1];
        widths[0] = 2.2f;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1f;
        }
        pdf.setWidths(widths);
        pdf.addCell(cell(text.message("followup.col.row"), fonts.tableHead, WASH, Element.ALIGN_LEFT));
        for (Label column : table.columns()) {
            pdf.addCell(cell(text.label(column), fonts.tableHead, WASH, Element.ALIGN_RIGHT));
        }
        for (Row row : table.allRows()) {
            boolean total = row == table.total();
            Font font = total ? fonts.tableHead : fonts.tableBody;
            pdf.addCell(cell(text.label(row.label()), font, null, Element.ALIGN_LEFT));
            for (Cell cell : row.cells()) {
                pdf.addCell(cell(text.text(cell), font, null, Element.ALIGN_RIGHT));
            }
        }
        return pdf;
    }

    private Image chart(PdfWriter writer, BarChart chart, Fonts fonts, CellText text) {
        float scale = 0.62f;
        float width = chart.width() * scale;
        float legend = 16;
        float height = chart.height() * scale + legend;
        PdfContentByte canvas = writer.getDirectContent();
        PdfTemplate template = canvas.createTemplate(width, height);
        // SVG measures from the top, PDF from the bottom.
        java.util.function.DoubleUnaryOperator y = v -> height - v * scale;
        template.setColorStroke(LINE);
        template.setLineWidth(0.5f);
        for (BarChart.Tick tick : chart.ticks()) {
            float ty = (float) y.applyAsDouble(tick.y());
            template.moveTo(BarChart.LEFT * scale, ty);
            template.lineTo(width - 2, ty);
            template.stroke();
            text(template, Long.toString(tick.value()), (BarChart.LEFT - 6) * scale, ty - 2, 6.5f, Element.ALIGN_RIGHT);
        }
        for (BarChart.Group group : chart.groups()) {
            for (BarChart.Bar bar : group.bars()) {
                float x = (float) (bar.x() * scale);
                float w = (float) (bar.width() * scale);
                float top = (float) y.applyAsDouble(bar.y());
                float h = (float) (bar.height() * scale);
                if (bar.hidden()) {
                    template.setColorStroke(INK);
                    template.setLineDash(1f, 1f);
                    template.rectangle(x, top - h, w, h);
                    template.stroke();
                    template.setLineDash(0f);
                } else if (h > 0) {
                    template.setColorFill(SERIES[bar.series() % SERIES.length]);
                    template.rectangle(x, top - h, w, h);
                    template.fill();
                }
            }
            if (group.labelShown()) {
                text(
                        template,
                        group.label(),
                        (float) (group.labelX() * scale),
                        (float) y.applyAsDouble(chart.plotBottom() + 14),
                        6.5f,
                        Element.ALIGN_CENTER);
            }
        }
        float lx = BarChart.LEFT * scale;
        for (int s = 0; s < chart.series().size(); s++) {
            template.setColorFill(SERIES[s % SERIES.length]);
            template.rectangle(lx, 3, 7, 7);
            template.fill();
            String name = text.label(chart.series().get(s));
            text(template, name, lx + 10, 4, 7f, Element.ALIGN_LEFT);
            lx += 18 + regular.getWidthPoint(name, 7f);
        }
        try {
            Image image = Image.getInstance(template);
            image.setAlt(text.message("followup.pdf.chart-alt"));
            image.setSpacingAfter(4);
            return image;
        } catch (org.openpdf.text.BadElementException e) {
            throw new IllegalStateException(e);
        }
    }

    private void text(PdfTemplate template, String value, float x, float y, float size, int alignment) {
        template.beginText();
        template.setColorFill(INK);
        template.setFontAndSize(regular, size);
        template.showTextAligned(alignment, value, x, y, 0);
        template.endText();
    }

    private static PdfPCell cell(String value, Font font, Color background, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(LINE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(3);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph paragraph = new Paragraph(text, font);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    /** The fonts of a document, made once per document. */
    record Fonts(Font title, Font heading, Font body, Font small, Font tableHead, Font tableBody) {}

    @FunctionalInterface
    interface Content {
        void write(Document document, PdfWriter writer, Fonts fonts) throws IOException;
    }

    byte[] document(String title, Locale locale, Content content) {
        Fonts fonts = new Fonts(
                new Font(bold, 20, Font.NORMAL, ACCENT),
                new Font(bold, 13, Font.NORMAL, ACCENT),
                new Font(regular, 10.5f, Font.NORMAL, INK),
                new Font(regular, 8.5f, Font.NORMAL, INK),
                new Font(bold, 8, Font.NORMAL, INK),
                new Font(regular, 8, Font.NORMAL, INK));
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(title);
        document.addCreator(messages.getMessage("app.name", null, "Tråden", locale));
        document.open();
        try {
            content.write(document, writer, fonts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.close();
        return out.toByteArray();
    }

    private static BaseFont font(String resource) {
        try (InputStream in = FollowupPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
