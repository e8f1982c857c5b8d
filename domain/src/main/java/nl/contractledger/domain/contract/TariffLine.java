package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.Amount;

/** A tariff for one product. */
public record TariffLine(String productCode, Amount amount) {
}
