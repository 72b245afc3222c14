package se.traden.followup;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.traden.shared.InvalidInputException;

/** The file formats of the situation picture's tables, and the download that carries one. */
enum ExportFormat {
    CSV("csv", "text/csv;charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String mediaType;

    ExportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    static ExportFormat of(String text) {
        if (text != null) {
            for (ExportFormat format : values()) {
                if (format.extension.equals(text.strip().toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
        }
        throw InvalidInputException.of("format", "followup.export-format");
    }

    byte[] render(SituationPicture picture, CellText text) {
        return this == CSV ? SituationExport.csv(picture, text) : SituationExport.xlsx(picture, text);
    }

    ResponseEntity<byte[]> download(SituationPicture picture, CellText text) {
        String name = "lagesbild-" + picture.period().from() + "--"
                + picture.period().to() + (picture.aggregated() ? "-aggregerad" : "") + "." + extension;
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(render(picture, text));
    }
}
