package nl.contractledger.domain.contract;

import nl.contractledger.domain.shared.Amount;

/** A product the contract buys, with its unit and tariff. */
public record ContractProduct(String code, String category, String unit, Amount tariff) {
}
