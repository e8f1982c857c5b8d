package nl.contractledger.application.lookup;

import nl.contractledger.domain.region.Membership;
import nl.contractledger.domain.region.Region;
import nl.contractledger.domain.region.RegionId;
import nl.contractledger.domain.region.RegionLookup;
import nl.contractledger.domain.region.RegionPolicy;
import nl.contractledger.domain.region.SegmentStanding;
import nl.contractledger.domain.region.SegmentId;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Answers what other aggregates ask of a region from the Region aggregate itself, loaded in the
 * asking command's unit of work, so the answer is as current as the command.
 */
@Component
class AggregateRegionLookup implements RegionLookup {

    private final ObjectProvider<Configuration> axon;

    AggregateRegionLookup(ObjectProvider<Configuration> axon) {
        this.axon = axon;
    }

    @Override
    public Optional<RegionPolicy> policy(RegionId regionId) {
        return ask(regionId, Region::policy);
    }

    @Override
    public Optional<SegmentStanding> segment(RegionId regionId, SegmentId segmentId) {
        return ask(regionId, region -> region.standingOf(segmentId).orElse(null));
    }

    @Override
    public Optional<Membership> membershipOn(RegionId regionId, String municipality, LocalDate date) {
        return ask(regionId, region -> region.membershipOn(municipality, date).orElse(null));
    }

    private <T> Optional<T> ask(RegionId regionId, Function<Region, T> question) {
        Repository<Region> regions = axon.getObject().repository(Region.class);
        try {
            return Optional.ofNullable(regions.load(regionId.toString()).invoke(question));
        } catch (AggregateNotFoundException unknown) {
            return Optional.empty();
        }
    }
}
