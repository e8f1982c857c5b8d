package nl.contractledger.application.support.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** One generated request that the application must refuse, and the fault it was built around. */
public record HostileRequest(Fault fault, String user, String method, String path, String contentType,
                             Map<String, String> headers, byte[] body, boolean chunked) {

    /** How the request looked, short enough to read in a failure report. */
    public String describe() {
        String text = new String(body, StandardCharsets.UTF_8);
        String shown = text.length() > 300 ? text.substring(0, 300) + "… (" + body.length + " bytes)" : text;
        return fault + ": " + method + " " + (path.length() > 200 ? path.substring(0, 200) + "…" : path)
                + " [" + contentType + (chunked ? ", chunked" : "") + "] " + headers + " " + shown;
    }
}
