package nl.contractledger.projections.region;

import java.time.LocalDate;

/** One membership period; {@code joinedOn} is null for a founding member without a recorded date. */
public class MemberView {

    public String name;
    public LocalDate joinedOn;
    public LocalDate withdrewOn;
    public String withdrawalReason;

    public MemberView() {
    }

    MemberView(String name, LocalDate joinedOn) {
        this.name = name;
        this.joinedOn = joinedOn;
    }
}
