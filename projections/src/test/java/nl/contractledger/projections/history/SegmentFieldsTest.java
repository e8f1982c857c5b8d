package nl.contractledger.projections.history;

import nl.contractledger.domain.region.RegionEvent;
import nl.contractledger.domain.region.SegmentId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentFieldsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void givenEveryRegionEvent_whenItsFieldsThatHoldASegmentAreListed_thenTheyAreExactlyTheOnesKnown() {
        Set<String> holdingASegment = new TreeSet<>();
        for (Class<?> event : RegionEvent.class.getPermittedSubclasses()) {
            Arrays.stream(event.getRecordComponents()).filter(component -> component.getType() == SegmentId.class)
                    .map(RecordComponent::getName).forEach(holdingASegment::add);
        }
        assertThat(holdingASegment).containsExactlyInAnyOrderElementsOf(SegmentFields.NAMES);
    }

    @Test
    void givenAMoveOfProducts_whenAskedWhetherItNamesASegment_thenItNamesBothEndsAndNoOther() {
        var moved = JSON.readTree("""
                {"regionId": "zhz", "fromSegmentId": "zhz-s5", "toSegmentId": "zhz-s1", "productCodes": ["zhz-s2"]}""");
        assertThat(SegmentFields.name(moved, "zhz-s5")).isTrue();
        assertThat(SegmentFields.name(moved, "zhz-s1")).isTrue();
        assertThat(SegmentFields.name(moved, "zhz-s2")).as("a product code is no segment").isFalse();
        assertThat(SegmentFields.name(moved, "zhz")).as("the region is no segment").isFalse();
    }

    @Test
    void givenAClosureWithoutMerge_whenAskedWhetherItNamesASegment_thenAnAbsentMergeTargetNamesNone() {
        var closed = JSON.readTree("""
                {"regionId": "zhz", "segmentId": "zhz-s5", "mergeIntoSegmentId": null}""");
        assertThat(SegmentFields.name(closed, "zhz-s5")).isTrue();
        assertThat(SegmentFields.name(closed, "null")).isFalse();
    }
}
