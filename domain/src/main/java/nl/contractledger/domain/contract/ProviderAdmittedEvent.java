package nl.contractledger.domain.contract;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A provider joined the contract from {@code admittedOn}; {@code revisionId} names the revision procedure whose admission
 * it carries out, and is null for any other admission (and in events recorded before it was kept: the field was added
 * without a new revision, since an absent value reads as null).
 */
@Revision("1")
public record ProviderAdmittedEvent(ContractId contractId, ProviderId providerId, LocalDate admittedOn,
                                    String qualityCheckRef, String revisionId) implements ContractEvent {
}
