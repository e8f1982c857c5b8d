package nl.contractledger.application.web.server;

import nl.contractledger.application.web.problem.WebCodes;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Answers the errors Tomcat raises itself, before the application sees the request (an illegal
 * character in the path, say), with the same problem JSON as everything else instead of an HTML page.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String code = WebCodes.forStatus(HttpStatusCode.valueOf(status));
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"urn:contract-ledger:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')
                        + "\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"the request was "
                        + "refused before it reached the application\",\"code\":\"" + code + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // the client is gone or the response is already on its way; nothing more can be said
        }
    }
}
