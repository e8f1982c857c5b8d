package nl.contractledger.projections.provider;

import nl.contractledger.domain.provider.ProviderId;

/**
 * How a one-line summary names a provider: by the name it was registered with, or by its id when that
 * name is not known (yet) where the summary is written.
 */
@FunctionalInterface
public interface ProviderNames {

    /** Names every provider by its id. */
    ProviderNames IDS = ProviderId::value;

    String of(ProviderId providerId);

    /** The provider by its name and id ({@code Jeugdhof Haaglanden (hgl-jeugdhof)}), or by its id alone when unnamed. */
    default String withId(String providerId) {
        String name = of(ProviderId.of(providerId));
        return name.equals(providerId) ? providerId : name + " (" + providerId + ")";
    }
}
