package nl.contractledger.application.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.contractledger.application.web.problem.ProblemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than {@code ledger.requests.max-body-bytes} with {@code 413}: by their
 * {@code Content-Length} when they declare one, and by reading at most one byte more than the limit
 * when they are sent in chunks without it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBodyBytes;
    private final ProblemWriter problems;

    RequestSizeLimitFilter(@Value("${ledger.requests.max-body-bytes:1048576}") long maxBodyBytes,
                           ProblemWriter problems) {
        this.maxBodyBytes = maxBodyBytes;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = readAtMost(request.getInputStream(), maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                refuse(response);
                return;
            }
            chain.doFilter(new BufferedBodyRequest(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(response, HttpStatus.CONTENT_TOO_LARGE, "the request body exceeds " + maxBodyBytes + " bytes");
    }

    private static byte[] readAtMost(InputStream in, long limit) throws IOException {
        return in.readNBytes((int) Math.min(limit, Integer.MAX_VALUE - 8));
    }
}
