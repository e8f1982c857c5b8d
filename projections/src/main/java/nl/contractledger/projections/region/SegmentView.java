package nl.contractledger.projections.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A segment: status, forms, objectives, the products it holds with the date they joined, the
 * products that left it, budgets per year, and what it merged into or absorbed.
 */
public class SegmentView {

    /**
     * How a reader is told which segment it is, {@code segment 1 "Jeugdhulp met verblijf"}: its number means something
     * only within its region, its id nothing to a reader.
     */
    public static String named(int number, String name) {
        return "segment " + number + " \"" + name + "\"";
    }

    public String id;
    public String regionId;
    public int number;
    public String name;
    public String description;
    /**
     * {@code OPEN} or {@code CLOSED}: as recorded ({@code CLOSED} once a closure is recorded) in the read model, and on
     * the business date {@link #statusOn} in an answer ({@link RegionOnDay}).
     */
    public String status;
    /** The business date {@link #status} describes; absent in the read model's own document. */
    public LocalDate statusOn;
    public String procurementForm;
    public String fundingForm;
    public List<String> objectives = new ArrayList<>();
    public List<ProductView> products = new ArrayList<>();
    public List<ProductView> formerProducts = new ArrayList<>();
    /**
     * In an answer, the products that join the segment after {@link #statusOn} (a move or a definition that takes
     * effect later); in the read model's own document they stand among {@link #products}, and this is absent.
     */
    public List<ProductView> arrivingProducts;
    public List<BudgetView> budgets = new ArrayList<>();
    public List<DecisionView> decisions = new ArrayList<>();
    public LocalDate closedOn;
    public String closureDecisionRef;
    public String mergedInto;
    public List<String> mergedFrom = new ArrayList<>();

    /** A product in (or once in) the segment; {@code movedFrom}/{@code movedTo} name the other segment. */
    public static class ProductView {
        public String code;
        public String name;
        public String category;
        public LocalDate joinedOn;
        public String movedFrom;
        public LocalDate leftOn;
        public String movedTo;
        public String moveReason;
    }

    public record BudgetView(int year, String amount, Integer youthCount) {
    }

    /** A choice about the segment: its objectives, procurement form or funding form, with its date. */
    public record DecisionView(String subject, String value, LocalDate decidedOn, String decisionRef) {
    }
}
