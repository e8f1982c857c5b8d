package nl.contractledger.projections.tender;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Planned and actual dates of a tender's milestones, and the deviation in calendar days. */
final class Milestones {

    private Milestones() {
    }

    static void plan(TenderView tender, String name, LocalDate plannedOn) {
        TenderView.MilestoneView milestone = new TenderView.MilestoneView();
        milestone.milestone = name;
        milestone.plannedOn = plannedOn;
        tender.milestones.add(milestone);
    }

    static void reached(TenderView tender, String name, LocalDate actualOn) {
        tender.milestones.stream().filter(milestone -> milestone.milestone.equals(name)).findFirst()
                .ifPresent(milestone -> {
                    milestone.actualOn = actualOn;
                    milestone.deviationDays = milestone.plannedOn == null ? null
                            : ChronoUnit.DAYS.between(milestone.plannedOn, actualOn);
                });
    }
}
