package nl.contractledger.projections.revision;

import nl.contractledger.domain.revision.*;
import nl.contractledger.domain.shared.DocumentRef;
import nl.contractledger.projections.asof.Evolver;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Builds a {@link RevisionView} from a revision procedure's events. */
public final class RevisionEvolver implements Evolver<RevisionView> {

    public static final RevisionEvolver INSTANCE = new RevisionEvolver();

    private RevisionEvolver() {
    }

    @Override
    public RevisionView evolve(RevisionView view, Object event, long sequence, Instant recordedAt) {
        RevisionView revision = event instanceof RevisionOpenedEvent opened ? opened(opened) : view;
        if (revision == null) {
            return null;
        }
        if (event instanceof ProvidersConsultedEvent consulted) {
            revision.consultations.add(new RevisionView.Consultation(consulted.consultedOn(),
                    consulted.providerIds().stream().map(provider -> provider.value()).toList(), consulted.summary()));
            reached(revision, "consultation", consulted.consultedOn());
            revision.state = "CONSULTING";
        } else if (event instanceof RevisionTextPresentedEvent presented) {
            revision.texts.add(new RevisionView.TextVersion(presented.version(), presented.document().title(),
                    presented.document().sha256(), presented.presentedOn(), presented.responseDeadline()));
            reached(revision, "textPresentation", presented.presentedOn());
            revision.responsesClosedOn = null;
            revision.state = "TEXT_PRESENTED";
        } else if (event instanceof ProviderResponseReceivedEvent received) {
            revision.responses.add(response(revision, received.responseId(), received.providerId().value(),
                    received.receivedOn(), received.textVersion(), received.kind().name(), received.summary(), false,
                    received.document()));
        } else if (event instanceof ProviderResponseRefusedEvent refused) {
            revision.responses.add(response(revision, refused.responseId(), refused.providerId().value(),
                    refused.receivedOn(), refused.textVersion(), refused.kind() == null ? null : refused.kind().name(),
                    refused.summary(), true, refused.document()));
        } else if (event instanceof ResponsesClosedEvent closed) {
            revision.responsesClosedOn = closed.closedOn();
            reached(revision, "responseDeadline", closed.closedOn());
            revision.state = "RESPONSES_CLOSED";
        } else if (event instanceof ProviderResponseAnsweredEvent answered) {
            revision.responses.stream().filter(response -> response.id.equals(answered.responseId())).findFirst()
                    .ifPresent(response -> response.answer = new RevisionView.Answer(answered.decision().name(),
                            answered.motivation(), answered.answeredOn()));
        } else {
            RevisionClosing.apply(revision, event);
        }
        revision.version = sequence;
        revision.lastRecordedAt = recordedAt;
        return revision;
    }

    /** Records the first time a step of the schedule was reached. */
    static void reached(RevisionView revision, String step, LocalDate on) {
        revision.schedule.stream().filter(scheduled -> scheduled.step.equals(step) && scheduled.actualOn == null)
                .findFirst().ifPresent(scheduled -> {
                    scheduled.actualOn = on;
                    scheduled.deviationDays = scheduled.plannedOn == null ? null
                            : ChronoUnit.DAYS.between(scheduled.plannedOn, on);
                });
    }

    private static RevisionView.ResponseView response(RevisionView revision, String id, String provider,
                                                      LocalDate receivedOn, int textVersion, String kind, String summary,
                                                      boolean refused, DocumentRef document) {
        RevisionView.ResponseView response = new RevisionView.ResponseView();
        response.id = id;
        response.providerId = provider;
        response.receivedOn = receivedOn;
        response.textVersion = textVersion;
        response.kind = kind;
        response.summary = summary;
        response.refused = refused;
        response.document = document;
        revision.texts.stream().filter(text -> text.version() == textVersion).findFirst().ifPresent(text -> {
            response.responseDeadline = text.responseDeadline();
            response.daysLate = Math.max(0, ChronoUnit.DAYS.between(text.responseDeadline(), receivedOn));
        });
        return response;
    }

    private static RevisionView opened(RevisionOpenedEvent event) {
        RevisionView revision = new RevisionView();
        revision.id = event.revisionId().value();
        revision.regionId = event.regionId().value();
        revision.segmentIds = event.segmentIds().stream().map(Object::toString).toList();
        revision.contractIds = event.contractIds().stream().map(contract -> contract.value()).toList();
        revision.reason = event.reason();
        revision.sequence = event.sequence();
        revision.openedOn = event.openedOn();
        revision.effectiveOn = event.effectiveOn();
        revision.leadTimeMonths = event.leadTimeMonths();
        revision.readyBy = event.readyBy();
        revision.state = "OPENED";
        PlannedSchedule planned = event.plannedSchedule() == null
                ? new PlannedSchedule(null, null, null, null, null) : event.plannedSchedule();
        plan(revision, "consultation", planned.consultation());
        plan(revision, "textPresentation", planned.textPresentation());
        plan(revision, "responseDeadline", planned.responseDeadline());
        plan(revision, "publication", planned.publication());
        plan(revision, "readyBy", planned.readyBy() == null ? event.readyBy() : planned.readyBy());
        return revision;
    }

    private static void plan(RevisionView revision, String step, LocalDate plannedOn) {
        RevisionView.ScheduleStep scheduled = new RevisionView.ScheduleStep();
        scheduled.step = step;
        scheduled.plannedOn = plannedOn;
        revision.schedule.add(scheduled);
    }
}
