package nl.contractledger.application.web.tender;

import java.time.LocalDate;

/** The answer to an award decision: the command answer and the last day of the standstill it starts. */
record AwardDecisionAnswer(String id, long version, long position, LocalDate standstillEndsOn) {
}
