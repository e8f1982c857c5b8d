package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Summary proceedings against the award decision; {@code late} when filed after the standstill ended, and then they do not block the award. */
@Revision("1")
public record SummaryProceedingsRegisteredEvent(TenderId tenderId, String proceedingsId, ProviderId providerId, LocalDate filedOn, String court, boolean late) implements TenderEvent {
}
