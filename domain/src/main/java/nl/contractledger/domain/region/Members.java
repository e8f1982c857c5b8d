package nl.contractledger.domain.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The membership history of a region's municipalities. Names compare without regard to case or
 * surrounding spaces ("Den Haag" and "den haag" are one municipality); the first spelling is kept.
 */
public final class Members {

    private final List<Membership> periods = new ArrayList<>();

    public Optional<Membership> membershipOn(String municipality, LocalDate date) {
        return periodsOf(municipality).stream().filter(period -> period.coversDate(date)).findFirst();
    }

    public Optional<Membership> openMembership(String municipality) {
        return periodsOf(municipality).stream().filter(Membership::isOpen).findFirst();
    }

    public Optional<Membership> latest(String municipality) {
        List<Membership> own = periodsOf(municipality);
        return own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
    }

    /** The spelling under which the municipality was first recorded, or the given name if it is new. */
    public String canonicalName(String municipality) {
        return latest(municipality).map(Membership::municipality).orElse(municipality.strip());
    }

    void join(String municipality, LocalDate joinedOn) {
        periods.add(new Membership(canonicalName(municipality), joinedOn, null));
    }

    void withdraw(String municipality, LocalDate withdrewOn) {
        Membership open = openMembership(municipality).orElseThrow();
        periods.set(periods.indexOf(open), open.endingOn(withdrewOn));
    }

    private List<Membership> periodsOf(String municipality) {
        String key = key(municipality);
        return periods.stream().filter(period -> key(period.municipality()).equals(key)).toList();
    }

    static String key(String municipality) {
        return municipality.strip().toLowerCase(Locale.ROOT);
    }
}
