package nl.contractledger.domain.region;

/** Every event of the Region aggregate: its membership and its segment catalogue. */
public sealed interface RegionEvent permits RegionRegisteredEvent, MunicipalityJoinedEvent,
        MunicipalityWithdrewEvent, SegmentDefinedEvent, SegmentObjectivesRevisedEvent, ProcurementFormChosenEvent,
        FundingFormChosenEvent, ProductsMovedEvent, SegmentClosedEvent, SegmentBudgetSetEvent,
        SavingsTargetSetEvent {

    RegionId regionId();
}
