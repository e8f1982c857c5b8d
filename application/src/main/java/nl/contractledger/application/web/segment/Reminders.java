package nl.contractledger.application.web.segment;

import nl.contractledger.application.web.problem.BadRequest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * When a calendar reminds of a deadline still to come: so many days before its day, as {@code remind=14,7,1} asks
 * (by default a week and a day before; {@code remind=} for none). At most {@value #MAX} of them, each 0 to
 * {@value #MAX_DAYS} days.
 */
record Reminders(List<Integer> daysBefore) {

    static final String DEFAULT = "7,1";
    private static final int MAX = 5;
    private static final int MAX_DAYS = 365;
    private static final Pattern DAYS = Pattern.compile("\\d{1,3}");

    static Reminders parse(String remind) {
        if (remind.isBlank()) {
            return new Reminders(List.of());
        }
        List<String> values = Arrays.stream(remind.split(",", -1)).map(String::strip).toList();
        if (values.size() > MAX || !values.stream().allMatch(value -> DAYS.matcher(value).matches()
                && Integer.parseInt(value) <= MAX_DAYS)) {
            throw new BadRequest("remind", "remind is at most " + MAX + " numbers of days before a deadline, each 0 to "
                    + MAX_DAYS + ", separated by commas, e.g. 14,7,1");
        }
        return new Reminders(values.stream().map(Integer::valueOf).distinct().sorted(Comparator.reverseOrder()).toList());
    }

    /** Each reminder as an iCalendar trigger before the event's start, the earliest first. */
    List<String> triggers() {
        return daysBefore.stream().map(days -> "-P" + days + "D").toList();
    }
}
