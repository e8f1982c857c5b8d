package nl.contractledger.application.web;

/**
 * One cell of a CSV file (RFC 4180) that spreadsheets open safely: quoted when it holds a comma, quote or line
 * break, and prefixed with an apostrophe when a spreadsheet would run it as a formula (text starting with
 * {@code = + - @}, a tab or a carriage return; a number is left as it is).
 */
public final class CsvCell {

    private CsvCell() {
    }

    public static String of(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
