package nl.contractledger.domain.contract;

/** Every event of the Contract aggregate. */
public sealed interface ContractEvent permits
        ContractPublishedEvent, ProviderAdmittedEvent, ContractSignedEvent,
        ContractRevisedEvent, ContractExtendedEvent, TariffsSetEvent,
        SpendingCapSetEvent, KpiAgreedEvent, KpiResultRecordedEvent,
        FinancialConsequenceImposedEvent, SegmentPartEndedEvent, ProviderWithdrewEvent,
        ContractTerminatedEvent {

    ContractId contractId();
}
