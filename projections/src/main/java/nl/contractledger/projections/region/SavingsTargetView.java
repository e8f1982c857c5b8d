package nl.contractledger.projections.region;

/** The region's savings target for a year, as a range of euros. */
public record SavingsTargetView(int year, String minAmount, String maxAmount) {
}
