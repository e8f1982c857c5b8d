package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Final: carries what the contracts receive, who gave notice and who was admitted to the revised agreement; a breach of
 * the lead time is recorded with the reason it was let through. {@code providersAdmitted} is null in events recorded
 * before it was kept (the field was added without a new revision, since an absent value reads as null).
 */
@Revision("1")
public record RevisionFinalisedEvent(RevisionId revisionId, LocalDate finalisedOn, LocalDate readyBy,
                                     boolean leadTimeBreached, String overrideReason, List<ContractId> contractIds,
                                     LocalDate effectiveOn, String legalBasis, DocumentRef document,
                                     RevisedTerms changes, List<ProviderId> providersGivingNotice,
                                     List<RevisionAdmission> providersAdmitted) implements RevisionEvent {
}
