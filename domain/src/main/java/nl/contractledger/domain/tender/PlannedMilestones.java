package nl.contractledger.domain.tender;

import nl.contractledger.domain.shared.Require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a tender is planned to reach ([000]: consultation autumn 2025, documents January 2026,
 * tender phase February to May 2026, award June 2026, start 2027-01-01). Any may be left open; the
 * ones given must follow each other.
 */
public record PlannedMilestones(LocalDate consultation, LocalDate documentsDecision, LocalDate publication,
                                LocalDate submissionDeadline, LocalDate awardDecision, LocalDate award,
                                LocalDate contractStart) {

    public PlannedMilestones {
        List<LocalDate> inOrder = new ArrayList<>();
        List<String> names = new ArrayList<>();
        add(consultation, "consultation", inOrder, names);
        add(documentsDecision, "documentsDecision", inOrder, names);
        add(publication, "publication", inOrder, names);
        add(submissionDeadline, "submissionDeadline", inOrder, names);
        add(awardDecision, "awardDecision", inOrder, names);
        add(award, "award", inOrder, names);
        add(contractStart, "contractStart", inOrder, names);
        for (int i = 1; i < inOrder.size(); i++) {
            Require.notBefore(inOrder.get(i), inOrder.get(i - 1), "plannedMilestones." + names.get(i),
                    "plannedMilestones." + names.get(i - 1));
        }
    }

    public static PlannedMilestones none() {
        return new PlannedMilestones(null, null, null, null, null, null, null);
    }

    private static void add(LocalDate date, String name, List<LocalDate> dates, List<String> names) {
        if (date != null) {
            dates.add(date);
            names.add(name);
        }
    }
}
