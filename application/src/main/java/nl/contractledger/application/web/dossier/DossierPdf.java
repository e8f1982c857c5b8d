package nl.contractledger.application.web.dossier;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A printable dossier as a PDF to file with a court or an archive: the page of its HTML document laid out on A4,
 * as PDF/A-2u (fonts embedded, text extractable, an sRGB output intent) and tagged for screen readers (PDF/UA).
 * The fonts are DejaVu, embedded as subsets, so that every name prints as it was recorded; nothing outside the
 * page is ever loaded.
 */
public final class DossierPdf {

    static final String FONT_FAMILY = "DejaVu Serif";
    static final String MONOSPACE_FAMILY = "DejaVu Sans Mono";

    private static final byte[] SERIF = font("DejaVuSerif.ttf");
    private static final byte[] SERIF_BOLD = font("DejaVuSerif-Bold.ttf");
    private static final byte[] MONOSPACE = font("DejaVuSansMono.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        XRLog.setLoggerImpl(new PdfLayoutLog());
        FontMappers.set(new ShippedFonts(SERIF));
    }

    private DossierPdf() {
    }

    /** The page as a PDF answer, shown in the browser and saved as {@code fileName}. */
    public static ResponseEntity<byte[]> answer(String xhtml, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(render(xhtml));
    }

    /** Lays out a page written by {@link DossierDocument} (well-formed XHTML) as PDF/A-2u. */
    public static byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(SRGB)
                .useFont(() -> stream(SERIF), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                .useFont(() -> stream(SERIF_BOLD), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                .useFont(() -> stream(MONOSPACE), MONOSPACE_FAMILY, 400, FontStyle.NORMAL, true)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .withProducer("Contract Ledger")
                .withHtmlContent(xhtml, null)
                .toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("the dossier could not be laid out as PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream stream(byte[] font) {
        return new ByteArrayInputStream(font);
    }

    private static byte[] font(String file) {
        return PageResources.read("/fonts/" + file);
    }
}
