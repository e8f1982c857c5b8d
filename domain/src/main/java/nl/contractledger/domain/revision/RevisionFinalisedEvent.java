package nl.contractledger.domain.revision;

import nl.contractledger.domain.contract.ContractId;
import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.shared.DocumentRef;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Final: carries what the contracts receive, and who gave notice; a breach of the lead time is recorded with the reason it was let through. */
@Revision("1")
public record RevisionFinalisedEvent(RevisionId revisionId, LocalDate finalisedOn, LocalDate readyBy,
                                     boolean leadTimeBreached, String overrideReason, List<ContractId> contractIds,
                                     LocalDate effectiveOn, String legalBasis, DocumentRef document,
                                     RevisedTerms changes, List<ProviderId> providersGivingNotice) implements RevisionEvent {
}
