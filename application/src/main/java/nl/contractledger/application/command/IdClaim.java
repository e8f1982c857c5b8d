package nl.contractledger.application.command;

import nl.contractledger.domain.provider.RegisterProviderCommand;
import nl.contractledger.domain.region.DefineSegmentCommand;

import java.util.List;

/**
 * An id that must be unique beyond one aggregate — a segment id across regions, a KvK number
 * across providers — claimed in the transaction of the command that introduces it.
 */
public record IdClaim(String kind, String id) {

    /**
     * The ids the command introduces that must be unique beyond its aggregate, whoever sends it (the REST API, a
     * process, an import through the command gateway); none for most commands.
     */
    static List<IdClaim> of(Object command) {
        if (command instanceof DefineSegmentCommand define && define.segmentId() != null) {
            return List.of(new IdClaim("segment", define.segmentId().value()));
        }
        if (command instanceof RegisterProviderCommand register && register.kvkNumber() != null) {
            return List.of(new IdClaim("kvkNumber", register.kvkNumber().value()));
        }
        return List.of();
    }
}
