package nl.contractledger.projections.region;

import nl.contractledger.domain.region.MunicipalityJoinedEvent;
import nl.contractledger.domain.region.MunicipalityWithdrewEvent;
import nl.contractledger.domain.region.RegionRegisteredEvent;
import nl.contractledger.domain.region.SavingsTargetSetEvent;
import nl.contractledger.projections.asof.Evolver;

import java.time.Instant;
import java.util.Comparator;

/** Builds a {@link RegionView} from the region's events; segment events go to {@link SegmentEvolution}. */
public final class RegionEvolver implements Evolver<RegionView> {

    public static final RegionEvolver INSTANCE = new RegionEvolver();

    private RegionEvolver() {
    }

    @Override
    public RegionView evolve(RegionView view, Object event, long sequence, Instant recordedAt) {
        RegionView region = event instanceof RegionRegisteredEvent registered ? registered(registered) : view;
        if (region == null) {
            return null;
        }
        if (event instanceof MunicipalityJoinedEvent joined) {
            region.members.add(new MemberView(joined.municipality(), joined.effectiveOn()));
            region.members.sort(Comparator.comparing((MemberView member) -> member.name));
        } else if (event instanceof MunicipalityWithdrewEvent withdrew) {
            region.members.stream()
                    .filter(member -> member.name.equals(withdrew.municipality()) && member.withdrewOn == null)
                    .forEach(member -> {
                        member.withdrewOn = withdrew.effectiveOn();
                        member.withdrawalReason = withdrew.reason();
                    });
        } else if (event instanceof SavingsTargetSetEvent target) {
            region.savingsTargets.removeIf(existing -> existing.year() == target.year());
            region.savingsTargets.add(new SavingsTargetView(target.year(), target.minAmount().toString(),
                    target.maxAmount().toString()));
            region.savingsTargets.sort(Comparator.comparingInt(SavingsTargetView::year));
        } else {
            SegmentEvolution.apply(region, event);
        }
        region.version = sequence;
        region.lastRecordedAt = recordedAt;
        return region;
    }

    private static RegionView registered(RegionRegisteredEvent event) {
        RegionView region = new RegionView();
        region.id = event.regionId().value();
        region.name = event.name();
        region.establishedOn = event.establishedOn();
        region.policy = new RegionView.Policy(event.policy().minimumContractYears(),
                event.policy().revisionLeadTimeMonths(), event.policy().standstillDays());
        event.municipalities().forEach(name -> region.members.add(new MemberView(name, event.establishedOn())));
        region.members.sort(Comparator.comparing((MemberView member) -> member.name));
        return region;
    }
}
