package nl.contractledger.application.web.dossier;

import nl.contractledger.projections.dossier.Dossier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The printable dossier laid out as PDF/A: what a court or an archive receives. */
class DossierPdfTest {

    private static final String SEAL = "9f2c4e6a8b0d1f3e5a7c9b1d3f5e7a9c0b2d4f6e8a1c3e5b7d9f1a3c5e7b9d0f";
    private static final String PROVIDER = "Zorggroep Łódź “Ĳsselmonde” — Ærø & Zoon <ok>";

    @Test
    void givenADossierPage_whenItIsLaidOutAsPdf_thenItsTextReadsBackWithEveryNameAsRecorded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DossierPdf.render(page(3)))) {
            String text = new PDFTextStripper().getText(pdf);

            assertThat(text).contains("Revision procedure rev-2027", "Legal terms", "missed",
                    "Every step, by date", PROVIDER.substring(0, 20), "Ærø & Zoon <ok>", "Ĳsselmonde");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Dossier rev-2027");
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Contract Ledger");
        }
    }

    @Test
    void givenADossierPage_whenItIsLaidOutAsPdf_thenItDeclaresPdfA2uAndEmbedsEveryFontItUses() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DossierPdf.render(page(3)))) {
            String metadata = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(metadata).containsPattern("pdfaid:part(>|=\")2").containsPattern("pdfaid:conformance(>|=\")U");
            assertThat(pdf.getDocumentCatalog().getOutputIntents()).isNotEmpty();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as("tagged for screen readers").isNotNull();

            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(fonts).extracting(PDFont::getName).as("headings in a bold face, not a regular one made thicker")
                    .anyMatch(name -> name.contains("DejaVuSerif-Bold"));
        }
    }

    @Test
    void givenTheLayoutAsksForAStandardFont_whenADossierIsLaidOut_thenItGetsTheShippedSerifWithoutLookingAtTheMachinesFonts()
            throws IOException {
        DossierPdf.render(page(1));

        for (String standard : List.of("Helvetica", "ZapfDingbats", "Times-Roman")) {
            FontMapping<FontBoxFont> mapping = FontMappers.instance().getFontBoxFont(standard, null);
            assertThat(mapping.isFallback()).as(standard).isFalse();
            assertThat(mapping.getFont().getName()).as(standard).isEqualTo("DejaVuSerif");
        }
    }

    @Test
    void givenALongDossier_whenItIsLaidOutAsPdf_thenItRunsOverSeveralA4PagesNumberedOnEach() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(DossierPdf.render(page(400)))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(pages);
            lastPage.setEndPage(pages);
            assertThat(lastPage.getText(pdf)).as("the footer names the dossier")
                    .contains("Dossier rev-2027 — page " + pages + " of " + pages, "step 399");
        }
    }

    @Test
    void givenRecordedTextWithAControlCharacter_whenItIsLaidOutAsPdf_thenItPrintsWithAReplacementMarkInItsPlace() throws IOException {
        StringBuilder html = DossierDocument.begin("Dossier rev-2027");
        String page = DossierDocument.steps(html, List.of(new Dossier.Step(LocalDate.parse("2026-01-15"),
                Instant.parse("2026-01-15T09:00:00Z"), "legal", "ResponseRegisteredEvent", "bell\u0007 and escape\u001B", 1, SEAL)));

        try (PDDocument pdf = Loader.loadPDF(DossierPdf.render(page))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("bell\uFFFD and escape\uFFFD");
        }
    }

    private static String page(int steps) {
        StringBuilder html = DossierDocument.begin("Dossier rev-2027");
        html.append("<h1>Revision procedure rev-2027</h1><p>Responses of ")
                .append(DossierDocument.e(PROVIDER)).append(".</p>");
        DossierDocument.asOf(html, Instant.parse("2026-03-01T00:00:00Z"));
        DossierDocument.terms(html, List.of(new Dossier.TermCheck("responses to text version 1 taken only up to the deadline",
                LocalDate.parse("2026-02-09"), LocalDate.parse("2026-02-12"), false, 3L, "received 3 days late")));
        List<Dossier.Step> recorded = IntStream.range(0, steps).mapToObj(i -> new Dossier.Step(
                LocalDate.parse("2026-01-01").plusDays(i), Instant.parse("2026-01-01T10:00:00Z").plusSeconds(i), "legal",
                "ResponseRegisteredEvent", "step " + i + ": response of " + PROVIDER, 100L + i, i + 1 < steps ? null : SEAL)).toList();
        return DossierDocument.steps(html, recorded);
    }
}
