package org.safeguardinghub.exports;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Prints one of the Hub's own Thymeleaf templates (a page in {@code templates/print/} on the
 * {@code layout/print} layout) as an A4 PDF that public bodies may publish: tagged PDF/UA and PDF/A-3a,
 * its language and title taken from the page, every character drawn with the embedded DejaVu Sans.
 */
@Component
@NamedInterface("api")
public class Printer {

    /** The one family print.css names, registered in regular and bold: a font the PDF did not embed would fail PDF/UA. */
    static final String FONT_FAMILY = "DejaVu Sans";
    private static final String FONTS = "print/fonts/";

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final ITemplateEngine templates;
    private final ThymeleafEvaluationContext beans;
    private final String styles;
    private final byte[] regular = bytes(FONTS + "DejaVuSans.ttf");
    private final byte[] bold = bytes(FONTS + "DejaVuSans-Bold.ttf");
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    Printer(ITemplateEngine templates, ApplicationContext applicationContext, ObjectProvider<ConversionService> conversions) {
        this.templates = templates;
        this.beans = new ThymeleafEvaluationContext(applicationContext, conversions.getIfUnique());
        this.styles = new String(bytes("print/print.css"), StandardCharsets.UTF_8);
    }

    /** The template's HTML, as a person would read it in the PDF. */
    String html(String template, Map<String, ?> model) {
        var variables = new HashMap<String, Object>(model);
        variables.put("printStyles", styles);
        // Lets print templates call beans such as @cells, as the web pages do.
        variables.put(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, beans);
        return templates.process(template, new Context(Locale.UK, variables));
    }

    /** A template such as {@code print/briefing}, filled in from the model, as a PDF's bytes. */
    public byte[] pdf(String template, Map<String, ?> model) {
        var document = new W3CDom().fromJsoup(Jsoup.parse(html(template, model)));
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .usePdfAConformance(PdfAConformance.PDFA_3_A)
                    .useColorProfile(colourProfile)
                    .withProducer("Safeguarding Partnership Hub")
                    .withW3cDocument(document, null)
                    .toStream(out);
            builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
