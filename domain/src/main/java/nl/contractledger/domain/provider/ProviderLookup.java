package nl.contractledger.domain.provider;

/** Whether a provider has been registered, for aggregates that accept only registered providers. */
public interface ProviderLookup {

    boolean isRegistered(ProviderId providerId);
}
