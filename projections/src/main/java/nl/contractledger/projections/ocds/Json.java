package nl.contractledger.projections.ocds;

import nl.contractledger.domain.shared.Amount;
import nl.contractledger.domain.shared.BusinessDates;
import nl.contractledger.domain.shared.DocumentRef;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/** The OCDS building blocks releases are made of: dates, values, periods, documents, milestones. */
final class Json {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    static ObjectNode object() {
        return NODES.objectNode();
    }

    static ArrayNode array(ObjectNode... elements) {
        ArrayNode array = NODES.arrayNode();
        for (ObjectNode element : elements) {
            array.add(element);
        }
        return array;
    }

    static ArrayNode strings(Collection<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** A calendar day of Europe/Amsterdam as the OCDS date-time of its start ({@code 2027-01-01T00:00:00+01:00}). */
    static String dateTime(LocalDate date) {
        return date.atStartOfDay(BusinessDates.ZONE).toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /**
     * The last day of a period as the OCDS date-time of its end ({@code 2032-12-31T23:59:59+01:00}): the ledger's ends
     * include their day (a contract runs through its end date, a bid on the deadline is in time), which the start of the
     * day would leave out.
     */
    static String endOf(LocalDate lastDay) {
        return lastDay.atTime(LocalTime.of(23, 59, 59)).atZone(BusinessDates.ZONE).toOffsetDateTime()
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** An amount in euros. */
    static ObjectNode euros(Amount amount) {
        return object().put("amount", amount.value()).put("currency", "EUR");
    }

    /** A period from the start of its first day to the end of its last ({@link #endOf}); an open end is left out. */
    static ObjectNode period(LocalDate firstDay, LocalDate lastDay) {
        ObjectNode period = object();
        if (firstDay != null) {
            period.put("startDate", dateTime(firstDay));
        }
        if (lastDay != null) {
            period.put("endDate", endOf(lastDay));
        }
        return period;
    }

    /** A document the record refers to, identified by its SHA-256, which its description repeats. */
    static ObjectNode document(DocumentRef document, String documentType, LocalDate published) {
        ObjectNode node = object().put("id", document.sha256()).put("documentType", documentType)
                .put("title", document.title()).put("description", "SHA-256 " + document.sha256());
        if (published != null) {
            node.put("datePublished", dateTime(published));
        }
        return node;
    }

    /** A milestone with its due date, or met on a date when {@code met} is given. */
    static ObjectNode milestone(String id, String title, String type, LocalDate due, LocalDate met) {
        ObjectNode milestone = object().put("id", id).put("title", title).put("type", type);
        if (due != null) {
            milestone.put("dueDate", dateTime(due));
        }
        if (met != null) {
            milestone.put("dateMet", dateTime(met)).put("status", "met");
        } else {
            milestone.put("status", "scheduled");
        }
        return milestone;
    }

    /** A reference to an organisation: its id and name. */
    static ObjectNode reference(String id, String name) {
        return object().put("id", id).put("name", name);
    }
}
