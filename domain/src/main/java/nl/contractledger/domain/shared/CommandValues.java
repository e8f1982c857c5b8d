package nl.contractledger.domain.shared;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Checks every value a command carries, wherever it stands: in the command record itself, in the records it holds
 * ({@code plannedMilestones.award}) and in their lists ({@code products[2].unit}). Dates lie in the ledger's window
 * ({@link BusinessDates}); texts hold only characters the ledger can record ({@link RecordableText}).
 */
public final class CommandValues {

    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            return Arrays.stream(type.getRecordComponents()).map(Component::of).toList();
        }
    };

    private CommandValues() {
    }

    /** Returns normally when every value may be recorded; otherwise the first refusal, naming where it stands. */
    public static void check(Object command) {
        check(command, "");
    }

    private static void check(Object value, String path) {
        if (value instanceof LocalDate date) {
            BusinessDates.require(date, path);
        } else if (value instanceof String text) {
            RecordableText.require(text, path);
        } else if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                check(item, path + "[" + index++ + "]");
            }
        } else if (value instanceof Record record) {
            for (Component component : COMPONENTS.get(record.getClass())) {
                check(component.read(record), path.isEmpty() ? component.name : path + "." + component.name);
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
