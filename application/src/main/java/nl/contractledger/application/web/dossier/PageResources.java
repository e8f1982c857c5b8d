package nl.contractledger.application.web.dossier;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** What a printable dossier is made with besides its data: its style sheet and its fonts, read from the application. */
final class PageResources {

    private PageResources() {
    }

    static byte[] read(String path) {
        try (InputStream in = PageResources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
