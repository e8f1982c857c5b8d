package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MunicipalityJoinedEvent(RegionId regionId, String municipality, LocalDate effectiveOn) implements RegionEvent {
}
