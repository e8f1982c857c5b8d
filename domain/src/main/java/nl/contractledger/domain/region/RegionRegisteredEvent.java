package nl.contractledger.domain.region;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record RegionRegisteredEvent(RegionId regionId, String name, List<String> municipalities,
                                    LocalDate establishedOn, RegionPolicy policy) implements RegionEvent {
}
