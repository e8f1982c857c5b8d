package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

public record RecordConsultationCommand(@TargetAggregateIdentifier RevisionId revisionId, LocalDate consultedOn,
                                        List<ProviderId> providerIds, String summary) {
}
