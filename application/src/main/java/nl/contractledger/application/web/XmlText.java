package nl.contractledger.application.web;

/**
 * Text as XML character data, for the timeline's picture (SVG) and the printable dossiers (XHTML, laid out as
 * PDF by an XML parser). XML knows no HTML entities such as {@code &middot;}: an XML parser stops at the first
 * one. So only the five markup characters
 * are escaped, everything else is written as itself (the answer is UTF-8), and a character that XML 1.0
 * does not allow (a control character, half of a surrogate pair) becomes U+FFFD.
 */
public final class XmlText {

    private XmlText() {
    }

    public static String of(String text) {
        StringBuilder xml = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> xml.append("&amp;");
                case '<' -> xml.append("&lt;");
                case '>' -> xml.append("&gt;");
                case '"' -> xml.append("&quot;");
                case '\'' -> xml.append("&apos;");
                default -> xml.appendCodePoint(allowed(c) ? c : '\uFFFD');
            }
        });
        return xml.toString();
    }

    private static boolean allowed(int c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
