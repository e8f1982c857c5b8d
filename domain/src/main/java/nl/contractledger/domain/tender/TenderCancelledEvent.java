package nl.contractledger.domain.tender;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record TenderCancelledEvent(TenderId tenderId, LocalDate cancelledOn, String reason, String decisionRef) implements TenderEvent {
}
