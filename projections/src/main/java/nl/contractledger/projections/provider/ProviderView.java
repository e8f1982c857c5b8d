package nl.contractledger.projections.provider;

import java.time.Instant;

/** A registered care provider. */
public class ProviderView {

    public String id;
    public String name;
    public String kvkNumber;
    public String sizeClass;
    public long version;
    public Instant registeredAt;
}
