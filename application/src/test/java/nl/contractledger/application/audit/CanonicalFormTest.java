package nl.contractledger.application.audit;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The canonical byte form and the chain, rebuilt here by hand from their description in
 * docs/audit.md, so that the documented form and the code cannot drift apart.
 */
class CanonicalFormTest {

    private static final StoredEvent EVENT = new StoredEvent(1, "region:haaglanden", 0, "Region",
            "nl.contractledger.domain.region.RegionRegisteredEvent", "1", "2026-11-22T07:29:18.851Z",
            "{\"regionId\":\"haaglanden\"}".getBytes(StandardCharsets.UTF_8),
            "{\"actor\":\"procurement\"}".getBytes(StandardCharsets.UTF_8));

    @Test
    void givenAnEvent_whenItsCanonicalFormIsWritten_thenItIsTheDocumentedLengthPrefixedSequence() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        text(expected, "contract-ledger/event/1");
        expected.writeBytes(ByteBuffer.allocate(8).putLong(1).array());
        text(expected, "region:haaglanden");
        expected.writeBytes(ByteBuffer.allocate(8).putLong(0).array());
        text(expected, "Region");
        text(expected, "nl.contractledger.domain.region.RegionRegisteredEvent");
        text(expected, "1");
        text(expected, "2026-11-22T07:29:18.851Z");
        text(expected, "{\"regionId\":\"haaglanden\"}");
        text(expected, "{\"actor\":\"procurement\"}");

        assertThat(CanonicalForm.of(EVENT)).isEqualTo(expected.toByteArray());
    }

    @Test
    void givenTheFirstEvent_whenChained_thenItsHashIsSha256OfThirtyTwoZeroBytesAndItsCanonicalForm() throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        sha256.update(new byte[32]);
        sha256.update(CanonicalForm.of(EVENT));

        assertThat(HashChain.next(HashChain.GENESIS, EVENT)).isEqualTo(HexFormat.of().formatHex(sha256.digest()));
    }

    @Test
    void givenTheWorkedExampleOfTheAuditGuide_whenChained_thenItsHashIsTheOneTheGuidePrints() {
        assertThat(CanonicalForm.of(EVENT)).hasSize(220);
        assertThat(HashChain.next(HashChain.GENESIS, EVENT))
                .isEqualTo("0b4d5bb653aec1150ef9213e36f86ad0d160e28e08e67843cd04861acd53a48e");
    }

    @Test
    void givenAMissingRevision_whenWritten_thenItsLengthIsMinusOne() {
        StoredEvent withoutRevision = new StoredEvent(1, "a", 0, "T", "P", null, "t", new byte[0], null);

        byte[] bytes = CanonicalForm.of(withoutRevision);

        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        buffer.position(4 + 23 + 8 + 4 + 1 + 8 + 4 + 1 + 4 + 1);
        assertThat(buffer.getInt()).isEqualTo(-1);
        assertThat(ByteBuffer.wrap(bytes, bytes.length - 4, 4).getInt()).isEqualTo(-1);
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
