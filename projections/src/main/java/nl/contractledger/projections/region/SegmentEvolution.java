package nl.contractledger.projections.region;

import nl.contractledger.domain.region.FundingFormChosenEvent;
import nl.contractledger.domain.region.ProcurementFormChosenEvent;
import nl.contractledger.domain.region.ProductsMovedEvent;
import nl.contractledger.domain.region.SegmentBudgetSetEvent;
import nl.contractledger.domain.region.SegmentClosedEvent;
import nl.contractledger.domain.region.SegmentDefinedEvent;
import nl.contractledger.domain.region.SegmentObjectivesRevisedEvent;

import java.util.Comparator;
import java.util.Iterator;

/** The segment part of {@link RegionEvolver}: how each segment event changes the region's segments. */
final class SegmentEvolution {

    private SegmentEvolution() {
    }

    static void apply(RegionView region, Object event) {
        if (event instanceof SegmentDefinedEvent defined) {
            region.segments.add(defined(region.id, defined));
            region.segments.sort(RegionOnDay.OPEN_FIRST_BY_NUMBER);
        } else if (event instanceof SegmentObjectivesRevisedEvent revised) {
            SegmentView segment = segment(region, revised.segmentId().value());
            segment.objectives = revised.objectives();
            segment.decisions.add(new SegmentView.DecisionView("objectives", String.join("; ", revised.objectives()),
                    revised.decidedOn(), revised.decisionRef()));
        } else if (event instanceof ProcurementFormChosenEvent chosen) {
            SegmentView segment = segment(region, chosen.segmentId().value());
            segment.procurementForm = chosen.procurementForm().name();
            segment.decisions.add(new SegmentView.DecisionView("procurementForm", segment.procurementForm,
                    chosen.decidedOn(), chosen.decisionRef()));
        } else if (event instanceof FundingFormChosenEvent chosen) {
            SegmentView segment = segment(region, chosen.segmentId().value());
            segment.fundingForm = chosen.fundingForm().name();
            segment.decisions.add(new SegmentView.DecisionView("fundingForm", segment.fundingForm,
                    chosen.decidedOn(), chosen.decisionRef()));
        } else if (event instanceof ProductsMovedEvent moved) {
            move(region, moved);
        } else if (event instanceof SegmentClosedEvent closed) {
            close(region, closed);
        } else if (event instanceof SegmentBudgetSetEvent budget) {
            SegmentView segment = segment(region, budget.segmentId().value());
            segment.budgets.removeIf(existing -> existing.year() == budget.year());
            segment.budgets.add(new SegmentView.BudgetView(budget.year(), budget.amount().toString(),
                    budget.youthCount()));
            segment.budgets.sort(Comparator.comparingInt(SegmentView.BudgetView::year));
        }
    }

    private static SegmentView defined(String regionId, SegmentDefinedEvent event) {
        SegmentView segment = new SegmentView();
        segment.id = event.segmentId().value();
        segment.regionId = regionId;
        segment.number = event.number();
        segment.name = event.name();
        segment.description = event.description();
        segment.status = RegionOnDay.OPEN;
        segment.procurementForm = event.procurementForm().name();
        segment.fundingForm = event.fundingForm().name();
        segment.objectives = event.objectives();
        event.products().forEach(product -> {
            SegmentView.ProductView view = new SegmentView.ProductView();
            view.code = product.code();
            view.name = product.name();
            view.category = product.category();
            view.joinedOn = event.effectiveOn();
            segment.products.add(view);
        });
        return segment;
    }

    private static void move(RegionView region, ProductsMovedEvent event) {
        SegmentView from = segment(region, event.fromSegmentId().value());
        SegmentView to = segment(region, event.toSegmentId().value());
        for (Iterator<SegmentView.ProductView> products = from.products.iterator(); products.hasNext(); ) {
            SegmentView.ProductView product = products.next();
            if (event.productCodes().contains(product.code)) {
                products.remove();
                SegmentView.ProductView arrived = new SegmentView.ProductView();
                arrived.code = product.code;
                arrived.name = product.name;
                arrived.category = product.category;
                arrived.joinedOn = event.effectiveOn();
                arrived.movedFrom = from.id;
                arrived.moveReason = event.reason();
                to.products.add(arrived);
                product.leftOn = event.effectiveOn();
                product.movedTo = to.id;
                product.moveReason = event.reason();
                from.formerProducts.add(product);
            }
        }
        to.products.sort(Comparator.comparing((SegmentView.ProductView product) -> product.code));
    }

    private static void close(RegionView region, SegmentClosedEvent event) {
        SegmentView segment = segment(region, event.segmentId().value());
        segment.status = RegionOnDay.CLOSED;
        segment.closedOn = event.effectiveOn();
        segment.closureDecisionRef = event.decisionRef();
        if (event.mergeIntoSegmentId() != null) {
            segment.mergedInto = event.mergeIntoSegmentId().value();
            segment(region, segment.mergedInto).mergedFrom.add(segment.id);
        }
        region.segments.sort(RegionOnDay.OPEN_FIRST_BY_NUMBER);
    }

    private static SegmentView segment(RegionView region, String segmentId) {
        return region.segment(segmentId)
                .orElseThrow(() -> new IllegalStateException("segment " + segmentId + " not in region " + region.id));
    }
}
