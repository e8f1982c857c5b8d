package nl.contractledger.application.web;

import nl.contractledger.projections.history.HistoryEntry;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Recorded events as CSV (RFC 4180, UTF-8), for auditors who read them in a spreadsheet: one row per event with
 * its position, recording time, aggregate, sequence, type, actor, correlation and causation ids, seal and payload
 * (as JSON), each cell written by {@link CsvCell}. Offered where a history is ({@code Accept: text/csv}).
 */
public class HistoryCsv extends AbstractHttpMessageConverter<EventListing> {

    public static final String MEDIA_TYPE = "text/csv";
    private static final String HEADER = "position,recordedAt,aggregateType,aggregateId,sequence,type,actor,correlationId,"
            + "causationId,seal,payload\r\n";

    public HistoryCsv() {
        super(StandardCharsets.UTF_8, MediaType.parseMediaType(MEDIA_TYPE));
    }

    @Override
    protected boolean supports(Class<?> type) {
        return EventListing.class.isAssignableFrom(type);
    }

    @Override
    protected boolean canRead(MediaType mediaType) {
        return false;
    }

    @Override
    protected EventListing readInternal(Class<? extends EventListing> type, HttpInputMessage input) {
        throw new UnsupportedOperationException("recorded events are written as CSV, never read from it");
    }

    @Override
    protected void writeInternal(EventListing listing, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentDisposition(ContentDisposition.attachment()
                .filename(listing.fileName() + ".csv").build());
        Writer csv = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        csv.write(HEADER);
        for (HistoryEntry event : listing.events()) {
            csv.write(String.join(",", CsvCell.of(event.position()), CsvCell.of(event.recordedAt()),
                    CsvCell.of(event.aggregateType()), CsvCell.of(event.aggregateId()), CsvCell.of(event.sequence()),
                    CsvCell.of(event.type()), CsvCell.of(event.actor()), CsvCell.of(event.correlationId()),
                    CsvCell.of(event.causationId()), CsvCell.of(event.seal()), CsvCell.of(event.payload())));
            csv.write("\r\n");
        }
        csv.flush();
    }
}
