package nl.contractledger.domain.contract;



/** An option to extend the contract by a number of months. */
public record ExtensionOption(int months) {
}
