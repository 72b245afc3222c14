package se.traden.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import se.traden.shared.AccessAction;

/** The situation picture over HTTP, table by table, in the same form for every reader. */
@RestController
@Tag(name = "Follow-up", description = "The situation picture and the steering group's aggregated view")
class SituationApi {
    private final SituationService situation;
    private final MessageSource messages;
    private final Clock clock;

    SituationApi(SituationService situation, MessageSource messages, Clock clock) {
        this.situation = situation;
        this.messages = messages;
        this.clock = clock;
    }

    record PictureJson(
            LocalDate from,
            LocalDate to,
            String granularity,
            boolean aggregated,
            Instant producedAt,
            boolean precomputed,
            List<TableJson> indicators) {}

    record TableJson(
            String key, String title, String description, List<String> columns, List<RowJson> rows, RowJson total) {}

    record RowJson(String label, List<CellJson> cells) {}

    /**
     * One value: {@code value} is the number (a count, a percentage or days), null when hidden or not
     * computable; {@code text} is how the page writes it ("<5" when hidden).
     */
    record CellJson(String kind, Double value, boolean hidden, String text) {}

    @GetMapping("/api/v1/followup/situation")
    @Operation(
            summary = "The situation picture for a period",
            description = "Individual coordinators and group managers get the whole picture (aggregated=true shows"
                    + " what the steering group sees); the steering group always gets the aggregated picture with"
                    + " counts under 5 hidden and no names. Without from/to: the twelve months up to today. The"
                    + " ready-made periods are computed ahead every night (precomputed=true, producedAt says when);"
                    + " live=true counts anew.")
    PictureJson picture(@Parameter(description = "first day, YYYY-MM-DD") @ModelAttribute PeriodForm form) {
        Period period = form.toPeriod(LocalDate.now(clock.withZone(Period.ZONE)));
        SituationPicture picture = situation.picture(period, form.isAggregated(), form.isLive(), AccessAction.READ);
        return json(picture, new CellText(LocaleContextHolder.getLocale(), messages));
    }

    @GetMapping("/api/v1/followup/situation/export")
    @Operation(
            summary = "The situation picture's tables as a file",
            description = "format=csv (semicolon separated, UTF-8 with byte order mark) or format=xlsx (a sheet per"
                    + " indicator). The same access and aggregation rules as the picture itself.")
    org.springframework.http.ResponseEntity<byte[]> export(
            @ModelAttribute PeriodForm form,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String format) {
        ExportFormat exportFormat = ExportFormat.of(format);
        Period period = form.toPeriod(LocalDate.now(clock.withZone(Period.ZONE)));
        SituationPicture picture = situation.picture(period, form.isAggregated(), form.isLive(), AccessAction.EXPORT);
        return exportFormat.download(picture, new CellText(LocaleContextHolder.getLocale(), messages));
    }

    static PictureJson json(SituationPicture picture, CellText text) {
        List<TableJson> tables = picture.tables().stream()
                .map(t -> new TableJson(
                        t.indicator().key(),
                        text.message(t.indicator().titleKey()),
                        text.message(t.indicator().descriptionKey()),
                        t.columns().stream().map(text::label).toList(),
                        t.rows().stream().map(r -> row(r, text)).toList(),
                        t.total() == null ? null : row(t.total(), text)))
                .toList();
        return new PictureJson(
                picture.period().from(),
                picture.period().to(),
                picture.period().granularity().name().toLowerCase(Locale.ROOT),
                picture.aggregated(),
                picture.producedAt(),
                picture.precomputed(),
                tables);
    }

    private static RowJson row(IndicatorTable.Row row, CellText text) {
        return new RowJson(
                text.label(row.label()),
                row.cells().stream().map(c -> cell(c, text)).toList());
    }

    static CellJson cell(Cell cell, CellText text) {
        return switch (cell) {
            case Cell.Count count -> new CellJson("count", (double) count.value(), false, text.text(cell));
            case Cell.Share share -> new CellJson("percent", share.percent(), false, text.text(cell));
            case Cell.Days days -> new CellJson("days", days.value(), false, text.text(cell));
            case Cell.Hidden hidden -> new CellJson("hidden", null, true, text.text(cell));
        };
    }
}
