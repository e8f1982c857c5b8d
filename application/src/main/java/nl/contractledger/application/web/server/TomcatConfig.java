package nl.contractledger.application.web.server;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import nl.contractledger.application.web.problem.ProblemWriter;
import org.springframework.http.HttpStatus;

/** Problem answers for requests refused by Tomcat or by Spring Security's firewall. */
@Configuration(proxyBeanMethods = false)
class TomcatConfig {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
            // let an encoded '/' reach the firewall, which refuses it with a problem rather than HTML
            factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling("passthrough"));
        };
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler(ProblemWriter problems) {
        return (request, response, rejected) -> problems.write(response, HttpStatus.BAD_REQUEST,
                "the request path or headers contain characters the API does not accept");
    }
}
