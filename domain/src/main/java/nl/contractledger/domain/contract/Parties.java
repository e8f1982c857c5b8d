package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.provider.ProviderLookup;
import nl.contractledger.domain.shared.ErrorCode;
import nl.contractledger.domain.shared.RuleViolation;

import java.util.LinkedHashMap;
import java.util.Map;

/** The providers party to a contract: admitted (open house) or signed, until they withdraw. */
final class Parties {

    enum Standing { ADMITTED, SIGNED, WITHDRAWN }

    private final Map<String, Standing> byProvider = new LinkedHashMap<>();

    void requireNewParty(ProviderId provider, ProviderLookup providers) {
        requireRegistered(provider, providers);
        if (byProvider.containsKey(provider.value()) && byProvider.get(provider.value()) != Standing.WITHDRAWN) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "providerId", "provider " + provider.value()
                    + " is already party to the contract", Map.of("providerId", provider.value()));
        }
    }

    void requireMaySign(ProviderId provider, ProviderLookup providers) {
        requireRegistered(provider, providers);
        if (byProvider.get(provider.value()) == Standing.SIGNED) {
            throw new RuleViolation(ErrorCode.ALREADY_EXISTS, "providerId", "provider " + provider.value()
                    + " already signed", Map.of("providerId", provider.value()));
        }
    }

    void requireParty(ProviderId provider) {
        Standing standing = byProvider.get(provider.value());
        if (standing == null || standing == Standing.WITHDRAWN) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_PARTY, "providerId", "provider " + provider.value()
                    + " is not party to the contract", Map.of("providerId", provider.value()));
        }
    }

    boolean isParty(ProviderId provider) {
        Standing standing = byProvider.get(provider.value());
        return standing != null && standing != Standing.WITHDRAWN;
    }

    void joined(ProviderId provider) {
        byProvider.put(provider.value(), Standing.ADMITTED);
    }

    void signed(ProviderId provider) {
        byProvider.put(provider.value(), Standing.SIGNED);
    }

    void withdrew(ProviderId provider) {
        byProvider.put(provider.value(), Standing.WITHDRAWN);
    }

    private static void requireRegistered(ProviderId provider, ProviderLookup providers) {
        if (!providers.isRegistered(provider)) {
            throw new RuleViolation(ErrorCode.PROVIDER_NOT_REGISTERED, "providerId", "provider " + provider.value()
                    + " is not registered", Map.of("providerId", provider.value()));
        }
    }
}
