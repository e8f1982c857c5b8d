package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A provider left the contract from {@code effectiveOn}; {@code revisionId} names the revision procedure whose
 * notice the withdrawal carries out, and is null for any other withdrawal (and in events recorded before it
 * was kept: the field was added without a new revision, since an absent value reads as null).
 */
@Revision("1")
public record ProviderWithdrewEvent(ContractId contractId, ProviderId providerId, LocalDate effectiveOn, String reason,
                                    String revisionId) implements ContractEvent {
}
