package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.AdmissionOpenedEvent;
import nl.contractledger.domain.revision.ProviderAdmittedToRevisionEvent;
import nl.contractledger.domain.revision.RevisedAgreementPublishedEvent;
import nl.contractledger.domain.revision.RevisionFinalisedEvent;
import nl.contractledger.domain.revision.RevisionWithdrawnEvent;

import java.time.temporal.ChronoUnit;

/** The last part of {@link RevisionEvolver}: publication, admission, finalisation and withdrawal. */
final class RevisionClosing {

    private RevisionClosing() {
    }

    static void apply(RevisionView revision, Object event) {
        if (event instanceof RevisedAgreementPublishedEvent published) {
            revision.publication = new RevisionView.Publication(published.publishedOn(), published.document().title(),
                    published.document().sha256(), published.legalBasis());
            RevisionEvolver.reached(revision, "publication", published.publishedOn());
            revision.state = "PUBLISHED";
        } else if (event instanceof AdmissionOpenedEvent admission) {
            revision.admission = new RevisionView.Admission(admission.openedOn(), admission.closesOn());
        } else if (event instanceof ProviderAdmittedToRevisionEvent admitted) {
            revision.admittedProviders.add(new RevisionView.AdmittedProvider(admitted.providerId().value(),
                    admitted.admittedOn(), admitted.qualityCheckRef()));
        } else if (event instanceof RevisionFinalisedEvent finalised) {
            revision.finalisation = new RevisionView.Finalisation(finalised.finalisedOn(), finalised.readyBy(),
                    finalised.leadTimeBreached(), ChronoUnit.DAYS.between(finalised.finalisedOn(), finalised.readyBy()),
                    finalised.overrideReason(),
                    finalised.providersGivingNotice().stream().map(provider -> provider.value()).toList());
            RevisionEvolver.reached(revision, "readyBy", finalised.finalisedOn());
            revision.state = "FINALISED";
        } else if (event instanceof RevisionWithdrawnEvent withdrawn) {
            revision.withdrawal = new RevisionView.Withdrawal(withdrawn.withdrawnOn(), withdrawn.reason());
            revision.state = "WITHDRAWN";
        }
    }
}
