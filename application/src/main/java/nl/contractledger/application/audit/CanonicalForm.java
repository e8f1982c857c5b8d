package nl.contractledger.application.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The stable byte form of an event that the hash chain seals (docs/audit.md):
 * <pre>
 *   "contract-ledger/event/1"  then, in this order,
 *   position (8 bytes, big-endian), aggregate id, sequence (8 bytes), aggregate type, payload type,
 *   payload revision, recorded time (as stored, ISO-8601), payload bytes, metadata bytes
 * </pre>
 * where every text is UTF-8 and every text or byte field is preceded by its length as 4 bytes
 * (big-endian); a missing value has length -1.
 */
public final class CanonicalForm {

    static final String VERSION = "contract-ledger/event/1";

    private CanonicalForm() {
    }

    public static byte[] of(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + event.payload().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, VERSION.getBytes(StandardCharsets.UTF_8));
            out.writeLong(event.position());
            text(out, event.aggregateId());
            out.writeLong(event.sequence());
            text(out, event.type());
            text(out, event.payloadType());
            text(out, event.payloadRevision());
            text(out, event.recordedAt());
            field(out, event.payload());
            field(out, event.metaData());
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}
