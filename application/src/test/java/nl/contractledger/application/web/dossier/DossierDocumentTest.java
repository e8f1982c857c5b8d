package nl.contractledger.application.web.dossier;

import nl.contractledger.application.web.query.AsOf;
import nl.contractledger.projections.dossier.Dossier;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The parts every printable dossier shares, as plain objects. */
class DossierDocumentTest {

    private static final String SEAL = "0b89ca3dd915066bf4bf5799343d0e2c307082c1f911a9cdb00b2433a9834323";

    @Test
    void givenStepsWhoseLastEventIsSealed_whenThePageIsWritten_thenItTiesThemToTheAuditTrailByThatSeal() {
        String page = DossierDocument.steps(DossierDocument.begin("Dossier rev-1"),
                List.of(step("2026-02-10", 130, SEAL), step("2026-01-15", 170, "older-seal"), step("2026-03-01", 412, "last-seal")));

        assertThat(page).contains("<h2>Integrity</h2><p>Reconstructed from 3 recorded event(s), at positions 130 to 412",
                "sealed in the audit trail's hash chain as <code>last-seal</code>",
                "unbroken through position 412").doesNotContain(SEAL);
    }

    @Test
    void givenStepsWhoseLastEventIsNotSealedYet_whenThePageIsWritten_thenItSaysSoInsteadOfASeal() {
        String page = DossierDocument.steps(DossierDocument.begin("Dossier rev-1"),
                List.of(step("2026-01-15", 7, SEAL), step("2026-02-10", 9, null)));

        assertThat(page).contains("at positions 7 to 9", "The last is not sealed in the audit trail yet")
                .doesNotContain(SEAL).endsWith("</p></body></html>");
    }

    @Test
    void givenRecordedTextWithMarkupAndAControlCharacter_whenThePageIsWritten_thenItIsWellFormedXhtml() throws Exception {
        String page = DossierDocument.steps(DossierDocument.begin("Dossier rev-1"),
                List.of(new Dossier.Step(LocalDate.parse("2026-01-15"), Instant.parse("2026-01-15T09:00:00Z"), "legal",
                        "ResponseRegisteredEvent", "Response of \"Ærø & Zoon\" <b>not bold</b>\u0007", 1, SEAL)));

        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(page).contains("Response of &quot;Ærø &amp; Zoon&quot; &lt;b&gt;not bold&lt;/b&gt;\uFFFD");
    }

    @Test
    void givenADossierOfNow_whenItsMomentIsWritten_thenItNamesTheInstantItWasMadeForAPrintThatOutlivesIt() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder html = new StringBuilder();
        DossierDocument.asOf(html, null);
        Instant after = Instant.now();

        Matcher made = Pattern.compile("<p>As recorded when this dossier was made, at <b>(.+)</b>\\.</p>").matcher(html);
        assertThat(made.matches()).as(html.toString()).isTrue();
        assertThat(Instant.parse(made.group(1))).isBetween(before, after);

        StringBuilder then = new StringBuilder();
        DossierDocument.asOf(then, Instant.parse("2026-02-20T12:00:00Z"));
        assertThat(then).hasToString("<p>As recorded at <b>2026-02-20T12:00:00Z</b>; later entries are not shown.</p>");
    }

    @Test
    void givenADossierAsOfADay_whenItsMomentIsWritten_thenItNamesTheDayNotItsLastNanosecond() {
        StringBuilder html = new StringBuilder();
        DossierDocument.asOf(html, AsOf.parse("2026-02-20"));

        assertThat(html).hasToString("<p>As recorded by the end of <b>2026-02-20</b> (Europe/Amsterdam); later entries are not shown.</p>");
    }

    private static Dossier.Step step(String date, long position, String seal) {
        return new Dossier.Step(LocalDate.parse(date), Instant.parse(date + "T09:00:00Z"), "legal", "TextPresentedEvent",
                "a step", position, seal);
    }
}
