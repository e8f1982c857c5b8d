package nl.contractledger.projections.dossier;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.region.SegmentId;
import nl.contractledger.projections.provider.ProviderQueries;
import nl.contractledger.projections.region.RegionQueries;
import nl.contractledger.projections.region.SegmentView;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The names of the region, providers and segments one dossier mentions, each looked up once, as their read models
 * know them when the dossier is asked for: a region and a provider by their names, a segment by its number and
 * name, each by its id where it is not known.
 */
final class DossierNames implements StepNames {

    private final ProviderQueries providers;
    private final RegionQueries regions;
    private final Map<String, String> known = new HashMap<>();

    DossierNames(ProviderQueries providers, RegionQueries regions) {
        this.providers = providers;
        this.regions = regions;
    }

    @Override
    public String of(ProviderId providerId) {
        return known.computeIfAbsent("provider:" + providerId.value(), key -> providers.provider(providerId.value(), null)
                .map(provider -> provider.name).orElse(providerId.value()));
    }

    @Override
    public String segment(SegmentId segmentId) {
        return known.computeIfAbsent("segment:" + segmentId.value(), key -> regions.segment(segmentId.value())
                .map(segment -> SegmentView.named(segment.number, segment.name)).orElse("segment " + segmentId.value()));
    }

    String region(String regionId) {
        return regions.region(regionId, null).map(region -> region.name).orElse(regionId);
    }

    /** Each provider's name by its id, in the order of the ids. */
    Map<String, String> providers(Collection<String> providerIds) {
        return byId(providerIds, id -> of(ProviderId.of(id)));
    }

    /** Each segment's name by its id, in the order of the ids. */
    Map<String, String> segments(Collection<String> segmentIds) {
        return byId(segmentIds, id -> segment(SegmentId.of(id)));
    }

    private static Map<String, String> byId(Collection<String> ids, Function<String, String> name) {
        Map<String, String> names = new TreeMap<>();
        ids.forEach(id -> names.put(id, name.apply(id)));
        return names;
    }
}
