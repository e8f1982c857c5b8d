package nl.contractledger.projections.region;

import nl.contractledger.domain.region.Membership;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A region and its segments as they stand on a business date, as a contract's status does: the date decides, not the
 * recording. A segment is {@code CLOSED} from the day its closure takes effect and {@code OPEN} before, also once the
 * closure is recorded (Zuid-Holland Zuid decided in June 2025 to close segment 5 on 1 January 2026; its contracts ran
 * until then); a municipality is a member from the day it joined until the day it withdrew (Voorschoten left
 * Haaglanden on 1 January 2024: a member on 31 December 2023, not on that day).
 */
public final class RegionOnDay {

    public static final String OPEN = "OPEN";
    public static final String CLOSED = "CLOSED";

    /** Open segments first, each part by number: how a region lists its segments. */
    static final Comparator<SegmentView> OPEN_FIRST_BY_NUMBER =
            Comparator.comparing((SegmentView segment) -> !OPEN.equals(segment.status))
                    .thenComparingInt(segment -> segment.number);

    private RegionOnDay() {
    }

    /**
     * Describes the segment for the business date {@code on}: its status then, and that date, and its products as they
     * are placed that day. The {@code products} are those it holds then: one whose move out takes effect later is among
     * them (its {@code leftOn} and {@code movedTo} say where it goes); those that left by then are
     * {@code formerProducts}, and those that join it later {@code arrivingProducts}, each with its {@code joinedOn}.
     */
    public static SegmentView describe(SegmentView segment, LocalDate on) {
        segment.statusOn = on;
        segment.status = segment.closedOn != null && !segment.closedOn.isAfter(on) ? CLOSED : OPEN;
        List<SegmentView.ProductView> leavingLater = segment.formerProducts.stream()
                .filter(product -> product.leftOn.isAfter(on)).toList();
        if (!leavingLater.isEmpty()) {
            segment.formerProducts.removeAll(leavingLater);
            segment.products.addAll(leavingLater);
            segment.products.sort(Comparator.comparing((SegmentView.ProductView product) -> product.code));
        }
        segment.arrivingProducts = segment.products.stream()
                .filter(product -> product.joinedOn != null && product.joinedOn.isAfter(on)).toList();
        segment.products.removeAll(segment.arrivingProducts);
        return segment;
    }

    /**
     * Describes the region for the business date {@code on}: its segments' status then, open ones first, each part by
     * number, and the municipalities that are members on that day.
     */
    public static RegionView describe(RegionView region, LocalDate on) {
        region.segments.forEach(segment -> describe(segment, on));
        region.segments.sort(OPEN_FIRST_BY_NUMBER);
        region.municipalities = region.members.stream()
                .filter(member -> new Membership(member.name, member.joinedOn, member.withdrewOn).coversDate(on))
                .map(member -> member.name).distinct().toList();
        region.describedOn = on;
        return region;
    }
}
