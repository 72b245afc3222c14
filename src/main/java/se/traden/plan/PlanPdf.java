package se.traden.plan;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.List;
import org.openpdf.text.ListItem;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.traden.plan.PlanContent.Action;
import se.traden.plan.PlanContent.Goal;
import se.traden.plan.PlanContent.GuardianView;

/**
 * The family's copy of the current plan: plain words, clear headings, one goal after the other, with
 * what is done, by whom and when, and whom to call. Texts come from the message bundle in the reader's
 * language; the font (Liberation Sans, shipped in a Maven artifact with its licence) is embedded so that
 * å, ä and ö print on any machine.
 */
@Component
class PlanPdf {
    private static final String REGULAR = "liberation/LiberationSans-Regular.ttf";
    private static final String BOLD = "liberation/LiberationSans-Bold.ttf";
    private static final Color INK = new Color(0x1b, 0x1b, 0x1b);
    private static final Color ACCENT = new Color(0x0b, 0x4f, 0x6c);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final BaseFont regular;
    private final BaseFont bold;

    PlanPdf(MessageSource messages) {
        this.messages = messages;
        this.regular = font(REGULAR);
        this.bold = font(BOLD);
    }

    byte[] render(PlanView view, ZoneId zone, Locale locale) {
        PlanRevision revision = view.plan().current().orElseThrow();
        PlanContent plan = revision.content();
        Text text = new Text(locale);
        Font title = new Font(bold, 22, Font.NORMAL, ACCENT);
        Font heading = new Font(bold, 15, Font.NORMAL, ACCENT);
        Font label = new Font(bold, 12, Font.NORMAL, INK);
        Font body = new Font(regular, 12, Font.NORMAL, INK);
        Font small = new Font(regular, 10, Font.NORMAL, INK);

        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        // A screen reader reads the document in its own language, and shows its title rather than a file name.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.getLanguage()));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        document.addTitle(text.get("plan.pdf.title", view.childName()));
        document.addCreator(text.get("app.name"));
        document.open();

        document.add(paragraph(text.get("plan.pdf.title", view.childName()), title, 0, 6));
        document.add(paragraph(
                text.get(
                        "plan.pdf.version",
                        revision.number(),
                        DAY.format(revision.at().atZone(zone))),
                small,
                0,
                14));
        document.add(paragraph(text.get("plan.pdf.intro"), body, 0, 8));
        if (!view.caseManagerName().isBlank()) {
            document.add(paragraph(text.get("plan.pdf.contact", view.caseManagerName()), body, 0, 8));
        }

        int number = 1;
        for (Goal goal : plan.goals()) {
            document.add(paragraph(
                    text.get(
                            "plan.pdf.goal-heading",
                            number++,
                            text.get(goal.lifeArea().messageKey())),
                    heading,
                    14,
                    4));
            document.add(labelled(text.get("plan.pdf.aim"), goal.aim(), label, body));
            if (!goal.actions().isEmpty()) {
                document.add(paragraph(text.get("plan.pdf.actions"), label, 6, 2));
                List list = new List(false, 14);
                list.setListSymbol(new Chunk("•", body));
                for (Action action : goal.actions()) {
                    list.add(new ListItem(action(text, action), body));
                }
                document.add(list);
            }
            if (!goal.followUps().isEmpty()) {
                document.add(labelled(
                        text.get("plan.pdf.follow-ups"),
                        goal.followUps().stream().map(DAY::format).collect(Collectors.joining(", ")),
                        label,
                        body));
            }
            if (goal.evaluated() && goal.evaluation().outcome() != null) {
                document.add(
                        labelled(text.get("plan.pdf.outcome"), goal.evaluation().outcome(), label, body));
            }
        }

        if (plan.childView() != null || !plan.guardianViews().isEmpty()) {
            document.add(paragraph(text.get("plan.pdf.views"), heading, 16, 4));
            if (plan.childView() != null) {
                document.add(labelled(text.get("plan.pdf.child-view"), plan.childView(), label, body));
            }
            for (GuardianView v : plan.guardianViews()) {
                document.add(labelled(text.get("plan.pdf.guardian-view", v.name()), v.view(), label, body));
            }
        }
        if (plan.difficultiesPlan() != null) {
            document.add(paragraph(text.get("plan.pdf.difficulties"), heading, 16, 4));
            document.add(paragraph(plan.difficultiesPlan(), body, 0, 4));
        }
        document.add(paragraph(text.get("plan.pdf.change", view.caseManagerName()), small, 18, 0));
        document.close();
        return out.toByteArray();
    }

    private static String action(Text text, Action a) {
        String line = a.what() + " – " + text.get("plan.pdf.who", a.who());
        return a.byWhen() == null ? line : line + " – " + text.get("plan.pdf.by-when", DAY.format(a.byWhen()));
    }

    private static Paragraph labelled(String label, String value, Font labelFont, Font body) {
        Paragraph p = new Paragraph(new Chunk(label + " ", labelFont));
        p.add(new Chunk(value, body));
        p.setSpacingBefore(4);
        p.setLeading(16);
        return p;
    }

    private static Paragraph paragraph(String text, Font font, float before, float after) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        p.setLeading(font.getSize() * 1.35f);
        p.setAlignment(Element.ALIGN_LEFT);
        return p;
    }

    private final class Text {
        private final Locale locale;

        Text(Locale locale) {
            this.locale = locale;
        }

        String get(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }

    private static BaseFont font(String resource) {
        try (InputStream in = PlanPdf.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the class path: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
