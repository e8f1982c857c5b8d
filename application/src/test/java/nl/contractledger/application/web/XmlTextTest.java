package nl.contractledger.application.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Recorded text written into XML: the timeline's picture and the printable dossiers. */
class XmlTextTest {

    @Test
    void givenTextThatXmlDoesNotAllow_whenWrittenAsXmlText_thenOnlyMarkupIsEscapedAndTheRestReplaced() {
        assertThat(XmlText.of("<a href='x'>&\"")).isEqualTo("&lt;a href=&apos;x&apos;&gt;&amp;&quot;");
        assertThat(XmlText.of("Höfke · é — …")).isEqualTo("Höfke · é — …");
        assertThat(XmlText.of("tab\there\u0000\u001F\uD83D")).isEqualTo("tab\there\uFFFD\uFFFD\uFFFD");
    }
}
