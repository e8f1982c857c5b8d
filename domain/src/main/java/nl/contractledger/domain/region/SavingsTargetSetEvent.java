package nl.contractledger.domain.region;

import nl.contractledger.domain.shared.Amount;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SavingsTargetSetEvent(RegionId regionId, int year, Amount minAmount, Amount maxAmount) implements RegionEvent {
}
