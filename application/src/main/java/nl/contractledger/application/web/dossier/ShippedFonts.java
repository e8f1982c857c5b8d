package nl.contractledger.application.web.dossier;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * PDFBox's font mapper for this application: every font PDFBox would look for among the machine's fonts is the
 * shipped DejaVu Serif. The layout creates the standard fonts Helvetica and ZapfDingbats for form fields on every
 * document, even one without a form (and a dossier has none: every font in it is embedded DejaVu); PDFBox's own
 * mapper then scans every font file of the machine, keeps what it found in a cache file in the user's home, and
 * warns that it substitutes a fallback for Helvetica. With this mapper a dossier depends on nothing of the
 * machine's, and the first one is as quick as the others.
 */
final class ShippedFonts implements FontMapper {

    private final TrueTypeFont serif;

    ShippedFonts(byte[] serif) {
        try {
            this.serif = new TTFParser().parse(new RandomAccessReadBuffer(serif));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped serif font could not be read", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(serif, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(serif, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, serif, false);
    }
}
