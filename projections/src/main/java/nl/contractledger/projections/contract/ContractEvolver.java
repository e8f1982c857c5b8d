package nl.contractledger.projections.contract;

import nl.contractledger.domain.contract.*;
import nl.contractledger.projections.asof.Evolver;

import java.time.Instant;

/** Builds a {@link ContractView} from a contract's events; parties, money and KPIs are in {@link ContractDealings}. */
public final class ContractEvolver implements Evolver<ContractView> {

    public static final ContractEvolver INSTANCE = new ContractEvolver();

    private ContractEvolver() {
    }

    @Override
    public ContractView evolve(ContractView view, Object event, long sequence, Instant recordedAt) {
        ContractView contract = event instanceof ContractPublishedEvent published ? published(published) : view;
        if (contract == null) {
            return null;
        }
        if (event instanceof ContractRevisedEvent revised) {
            contract.termsVersions.add(revised.terms());
        } else if (event instanceof ContractExtendedEvent extended) {
            ExtensionBasis basis = extended.basis();
            contract.extensions.add(new ContractView.ExtensionView(extended.previousEndsOn(), extended.newEndsOn(),
                    basis.type().name(), basis.optionNumber(), basis.clauseId(), basis.article(), basis.justification(),
                    extended.costPriceStudyRef(), extended.decidedOn()));
            contract.endsOn = extended.newEndsOn();
            contract.optionsUsed += basis.type() == ExtensionBasisType.OPTION ? 1 : 0;
        } else if (event instanceof SegmentPartEndedEvent ended) {
            contract.endedSegmentParts.add(new ContractView.SegmentPartEnding(ended.segmentId().value(),
                    ended.effectiveOn(), ended.reason()));
        } else if (event instanceof ContractTerminatedEvent terminated) {
            contract.terminatedOn = terminated.effectiveOn();
            contract.terminationReason = terminated.reason();
        } else {
            ContractDealings.apply(contract, event);
        }
        contract.version = sequence;
        contract.lastRecordedAt = recordedAt;
        return contract;
    }

    private static ContractView published(ContractPublishedEvent event) {
        ContractView contract = new ContractView();
        contract.id = event.contractId().value();
        contract.regionId = event.regionId().value();
        contract.kind = event.kind().name();
        contract.title = event.title();
        contract.route = event.route();
        contract.segmentIds = event.segmentIds().stream().map(Object::toString).toList();
        contract.publishedOn = event.publishedOn();
        contract.startsOn = event.startsOn();
        contract.originalEndsOn = event.endsOn();
        contract.endsOn = event.endsOn();
        contract.maxEndOn = event.maxEndOn();
        contract.extensionOptions = event.extensionOptions();
        contract.fundingForm = event.fundingForm();
        contract.parentContractId = event.parentContractId() == null ? null : event.parentContractId().value();
        contract.municipality = event.municipality();
        contract.termsVersions.add(event.terms());
        return contract;
    }
}
