package nl.contractledger.application;

import nl.contractledger.application.audit.VerifyCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication(scanBasePackages = "nl.contractledger")
@ConfigurationPropertiesScan
@EnableScheduling
public class ContractLedgerApplication {

    public static void main(String[] args) {
        System.setProperty("disable-axoniq-console-message", "true");
        if (VerifyCommand.isRequested(args)) {
            System.exit(VerifyCommand.run(args));
        }
        SpringApplication.run(ContractLedgerApplication.class, args);
    }
}
