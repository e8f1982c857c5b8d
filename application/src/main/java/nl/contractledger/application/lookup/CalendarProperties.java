package nl.contractledger.application.lookup;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code ledger.calendar.equated-days}: the days a royal decree equates with public holidays under
 * art. 3(3) of the Algemene termijnenwet (published every few years, such as the Friday after
 * Ascension Day), on which no legal term ends.
 */
@ConfigurationProperties("ledger.calendar")
public record CalendarProperties(List<LocalDate> equatedDays) {

    public CalendarProperties {
        equatedDays = equatedDays == null ? List.of() : List.copyOf(equatedDays);
    }
}
