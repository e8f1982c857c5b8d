package nl.contractledger.domain.revision;

/** Every event of a revision procedure. */
public sealed interface RevisionEvent permits
        RevisionOpenedEvent, ProvidersConsultedEvent, RevisionTextPresentedEvent,
        ProviderResponseReceivedEvent, ProviderResponseRefusedEvent, ResponsesClosedEvent,
        ProviderResponseAnsweredEvent, RevisedAgreementPublishedEvent, AdmissionOpenedEvent,
        ProviderAdmittedToRevisionEvent, RevisionFinalisedEvent, RevisionWithdrawnEvent {

    RevisionId revisionId();
}
