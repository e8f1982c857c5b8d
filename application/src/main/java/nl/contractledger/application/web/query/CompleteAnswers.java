package nl.contractledger.application.web.query;

import nl.contractledger.application.admin.ProjectionAdmin;
import nl.contractledger.application.readmodel.ReadModelRebuilding;
import nl.contractledger.application.readmodel.ReadModels;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * For answers that must leave nothing out (a segment's history, the deadlines to watch): they are given only once
 * the read models they are made from have handled every event recorded when they were asked, and
 * {@code minPosition}. While one of them is being rebuilt from the first event, on any node, the answer is
 * {@code 503 READ_MODEL_REBUILDING} at once, with how far the rebuild has come and, in {@code Retry-After}, the time the
 * events it has left take at its pace so far; while it lags for any other reason (its tables cleared without a
 * rebuild's mark), {@code 503 READ_MODEL_BEHIND} after the wait for it. Lists, timelines and exports now answer
 * from what their read models hold, but not while one of them is being rebuilt ({@link #awaitNow}).
 */
@Component
public class CompleteAnswers {

    private final ReadModels readModels;
    private final ProjectionAdmin projections;

    CompleteAnswers(ReadModels readModels, ProjectionAdmin projections) {
        this.readModels = readModels;
        this.projections = projections;
    }

    /**
     * For a list now or as recorded at an instant: now, it waits for {@code minPosition} only and answers from what
     * the read models hold; as of an instant ({@code asOf} not null), it must leave out nothing recorded by then, so
     * it waits as {@link #await(List, Long)} does.
     */
    public void awaitFor(List<String> readModelNames, Long minPosition, Instant asOf) {
        if (asOf == null) {
            awaitNow(readModelNames, minPosition);
        } else {
            await(readModelNames, minPosition);
        }
    }

    /**
     * For a list, a timeline or an export now, made from what the read models hold: refused with
     * {@code 503 READ_MODEL_REBUILDING} while one of them is being rebuilt from the first event, on any node, since
     * it then holds only part of the events; otherwise answered once they have handled {@code minPosition}.
     */
    public void awaitNow(List<String> readModelNames, Long minPosition) {
        refuseWhileRebuilding(readModelNames);
        readModelNames.forEach(readModel -> readModels.awaitPosition(readModel, minPosition));
    }

    public void await(List<String> readModelNames, Long minPosition) {
        refuseWhileRebuilding(readModelNames);
        long recorded = Math.max(readModels.head(), minPosition == null ? 0 : minPosition);
        readModelNames.forEach(readModel -> readModels.awaitPosition(readModel, recorded));
    }

    private void refuseWhileRebuilding(List<String> readModelNames) {
        for (String readModel : readModelNames) {
            if (projections.rebuilding(readModel)) {
                throw projections.status(readModel)
                        .map(status -> new ReadModelRebuilding(readModel, status.progressPercent(), status.lag(), status.eventsPerSecond()))
                        .orElseGet(() -> new ReadModelRebuilding(readModel, null, 0, null));
            }
        }
    }
}
