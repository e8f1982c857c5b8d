package nl.contractledger.domain.revision;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ProviderResponseAnsweredEvent(RevisionId revisionId, String responseId, ResponseDecision decision,
                                            String motivation, LocalDate answeredOn) implements RevisionEvent {
}
