package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record MunicipalityWithdrewEvent(RegionId regionId, String municipality, LocalDate effectiveOn,
                                        String reason) implements RegionEvent {
}
