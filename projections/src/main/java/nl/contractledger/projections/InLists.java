package nl.contractledger.projections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Values for a query's {@code IN (:values)}, in lists of at most {@value #SIZE}: the parameters of one statement are
 * bounded (PostgreSQL's at 65,535), and a very long list is slow to plan.
 */
public final class InLists {

    public static final int SIZE = 500;

    private InLists() {
    }

    public static <T> List<List<T>> of(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> lists = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            lists.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return lists;
    }
}
