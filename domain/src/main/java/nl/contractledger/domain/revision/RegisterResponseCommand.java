package nl.contractledger.domain.revision;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterResponseCommand(@TargetAggregateIdentifier RevisionId revisionId, String responseId,
                                      ProviderId providerId, LocalDate receivedOn, int textVersion,
                                      ResponseKind kind, String summary, DocumentRef document) {
}
