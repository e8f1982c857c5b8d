package nl.contractledger.application.lookup;

import nl.contractledger.domain.shared.AlgemeneTermijnenwet;
import nl.contractledger.domain.shared.TermCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.HashSet;

@Configuration(proxyBeanMethods = false)
class CalendarConfig {

    @Bean
    TermCalendar termCalendar(CalendarProperties properties) {
        return new AlgemeneTermijnenwet(new HashSet<>(properties.equatedDays()));
    }
}
