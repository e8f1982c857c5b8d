package nl.contractledger.domain.revision;

import java.time.LocalDate;

/** The planned dates of a revision procedure ([000]: consultation autumn 2025, text January 2026, responses February 2026, publication March to June 2026, ready 2026-07-01). */
public record PlannedSchedule(LocalDate consultation, LocalDate textPresentation, LocalDate responseDeadline,
                              LocalDate publication, LocalDate readyBy) {
}
