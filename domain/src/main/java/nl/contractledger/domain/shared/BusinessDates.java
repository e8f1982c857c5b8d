package nl.contractledger.domain.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The calendar days the ledger records: from 1900-01-01 to 2199-12-31. A date outside them is a mistyped year
 * ({@code +99999-01-01} parses as a date), and the deadline arithmetic of standstill periods, lead times and contract
 * terms could run beyond what a date can hold.
 */
public final class BusinessDates {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(Component::of).toList();
        }
    };

    private BusinessDates() {
    }

    /** The date, or a {@code VALIDATION_FAILED} naming the field when it lies outside the window; null passes. */
    public static LocalDate require(LocalDate date, String field) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new RuleViolation(ErrorCode.VALIDATION_FAILED, field,
                    field + " must lie between " + FIRST + " and " + LAST + ", was " + date,
                    Map.of(field, date.toString()));
        }
        return date;
    }

    /**
     * Requires every date a command carries to lie in the window, wherever it is: in the command record itself, in
     * the records it holds ({@code plannedMilestones.award}) and in their lists ({@code winners[2]...}).
     */
    public static void requireAll(Object command) {
        requireAll(command, "");
    }

    private static void requireAll(Object value, String path) {
        if (value instanceof LocalDate date) {
            require(date, path);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                requireAll(item, path + "[" + index++ + "]");
            }
        } else if (value instanceof Record record) {
            for (Component component : COMPONENTS.get(record.getClass())) {
                requireAll(component.read(record), path.isEmpty() ? component.name : path + "." + component.name);
            }
        }
    }

    private record Component(String name, Method accessor) {

        static Component of(RecordComponent component) {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return new Component(component.getName(), accessor);
        }

        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException unreadable) {
                throw new IllegalStateException("cannot read " + name + " of " + record.getClass().getName(),
                        unreadable);
            }
        }
    }
}
