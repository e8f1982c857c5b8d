-- A contract's events entered the timelines of every segment it was published for, also after its part for one of
-- them ended: after segment 5 of Zuid-Holland Zuid closed, the closed segment's timeline went on growing with the
-- general agreement's KPI results and tariffs, which concern the segments it still serves. The timelines lose their
-- tokens, so that the first start after the upgrade rebuilds them from the first event (ADR 0017), their lists refused
-- meanwhile.
DELETE FROM token_entry WHERE processor_name = 'timelines';
