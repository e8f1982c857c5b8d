package nl.contractledger.projections.dossier;

import nl.contractledger.domain.provider.ProviderId;
import nl.contractledger.domain.revision.*;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.projections.provider.ProviderNames;

import java.time.LocalDate;
import java.util.Optional;

/** The business date and the one-line account of each revision event, in plain English, providers by name. */
public final class DossierSteps {

    public record Line(LocalDate date, String summary) {
    }

    /** Who gave a response to a revision, when that is known where the line is written. */
    @FunctionalInterface
    public interface Responders {

        Responders UNKNOWN = (revisionId, responseId) -> Optional.empty();

        Optional<ProviderId> of(RevisionId revisionId, String responseId);
    }

    private DossierSteps() {
    }

    public static Line describe(Object event, ProviderNames providers, Responders responders) {
        if (event instanceof RevisionOpenedEvent e) {
            return new Line(e.openedOn(), "Revision opened (sequence " + e.sequence() + ") for " + e.contractIds().size()
                    + " contract(s), effective " + e.effectiveOn() + "; must be final by " + e.readyBy() + ": " + e.reason());
        } else if (event instanceof ProvidersConsultedEvent e) {
            return new Line(e.consultedOn(), e.providerIds().size() + " provider(s) consulted: " + e.summary());
        } else if (event instanceof RevisionTextPresentedEvent e) {
            return new Line(e.presentedOn(), "Text version " + e.version() + " presented (\"" + e.document().title()
                    + "\", SHA-256 " + e.document().sha256() + "); responses until " + e.responseDeadline());
        } else if (event instanceof ProviderResponseReceivedEvent e) {
            return new Line(e.receivedOn(), e.kind() + " from " + providers.of(e.providerId()) + " on text version "
                    + e.textVersion() + letter(e.document()) + ", received in time: " + e.summary());
        } else if (event instanceof ProviderResponseRefusedEvent e) {
            return new Line(e.receivedOn(), (e.kind() == null ? "Response" : e.kind()) + " from " + providers.of(e.providerId())
                    + " on text version " + e.textVersion() + letter(e.document())
                    + " refused: received " + e.receivedOn() + ", after the deadline of " + e.responseDeadline());
        } else if (event instanceof ResponsesClosedEvent e) {
            return new Line(e.closedOn(), "Responses closed");
        } else if (event instanceof ProviderResponseAnsweredEvent e) {
            String responder = responders.of(e.revisionId(), e.responseId()).map(id -> " of " + providers.of(id)).orElse("");
            return new Line(e.answeredOn(), "Response " + e.responseId() + responder + " answered: " + e.decision() + " — "
                    + e.motivation());
        } else if (event instanceof RevisedAgreementPublishedEvent e) {
            return new Line(e.publishedOn(), "Revised agreement published (\"" + e.document().title() + "\", SHA-256 "
                    + e.document().sha256() + ") under " + e.legalBasis());
        } else if (event instanceof AdmissionOpenedEvent e) {
            return new Line(e.openedOn(), "Admission of other providers open until " + e.closesOn());
        } else if (event instanceof ProviderAdmittedToRevisionEvent e) {
            return new Line(e.admittedOn(), providers.of(e.providerId()) + " admitted (" + e.qualityCheckRef() + ")");
        } else if (event instanceof RevisionFinalisedEvent e) {
            return new Line(e.finalisedOn(), "Revision finalised" + (e.leadTimeBreached()
                    ? ", after the ready-by date of " + e.readyBy() + " — let through because: " + e.overrideReason()
                    : ", within the ready-by date of " + e.readyBy()));
        } else if (event instanceof RevisionWithdrawnEvent e) {
            return new Line(e.withdrawnOn(), "Revision withdrawn: " + e.reason());
        }
        return new Line(null, event.getClass().getSimpleName());
    }

    /** {@code  ("Zienswijze", SHA-256 …)}: the letter a provider gave with its response, as a text version is named. */
    private static String letter(DocumentRef document) {
        return document == null ? "" : " (\"" + document.title() + "\", SHA-256 " + document.sha256() + ")";
    }
}
