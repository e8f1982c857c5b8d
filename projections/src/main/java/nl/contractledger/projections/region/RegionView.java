package nl.contractledger.projections.region;

import java.time.LocalDate;
import java.util.List;

/** A region as the read model knows it: its policy and every membership period of its municipalities. */
public record RegionView(String id, String name, LocalDate establishedOn, Policy policy, List<Member> members,
                         long version) {

    public record Policy(int minimumContractYears, int revisionLeadTimeMonths, int standstillDays) {
    }

    /** One membership period; {@code joinedOn} is null for a founding member without a recorded date. */
    public record Member(String name, LocalDate joinedOn, LocalDate withdrewOn, String withdrawalReason) {
    }
}
