package nl.contractledger.domain.tender;

import nl.contractledger.domain.provider.ProviderId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record RegisterSummaryProceedingsCommand(@TargetAggregateIdentifier TenderId tenderId, String proceedingsId, ProviderId providerId, LocalDate filedOn, String court) {
}
