package nl.contractledger.application.config;

import nl.contractledger.projections.ocds.OcdsProjection;
import nl.contractledger.projections.timeline.TimelineProjection;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * The read models that follow events across aggregates run in one segment, and the start is refused when one is
 * given more: the timelines (an entry names the provider and the segment as they were registered, and a revision
 * procedure's outcome on a contract stands under the procedure's segments) and the OCDS export (a contract's release
 * follows its tender's). Axon hands each aggregate's events to one segment, in no fixed order between segments, so
 * in several segments such a read model would see a contract before its tender or its provider. The five document
 * read models keep each aggregate's document from its own events only, and run in as many segments as configured
 * ({@code axon.eventhandling.processors.<name>.initial-segment-count}; ADR 0020).
 */
@Configuration(proxyBeanMethods = false)
class OneSegmentReadModels {

    private static final List<String> ACROSS_AGGREGATES = List.of(TimelineProjection.PROCESSING_GROUP, OcdsProjection.PROCESSING_GROUP);
    /** Axon's initial segment count of a pooled streaming processor, where none is configured. */
    private static final int AXON_DEFAULT_SEGMENTS = 16;

    OneSegmentReadModels(Environment environment) {
        for (String readModel : ACROSS_AGGREGATES) {
            String property = "axon.eventhandling.processors." + readModel + ".initial-segment-count";
            int segments = Binder.get(environment).bind(property, Integer.class).orElse(AXON_DEFAULT_SEGMENTS);
            if (segments != 1) {
                throw new IllegalStateException("The " + readModel + " read model follows events across aggregates and must run "
                        + "in one segment, but " + property + " is " + segments + " (see docs/adr/0020)");
            }
        }
    }
}
