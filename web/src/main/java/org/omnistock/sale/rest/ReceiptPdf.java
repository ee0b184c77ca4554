package org.omnistock.sale.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.omnistock.document.boundary.DocumentView;
import org.omnistock.sale.boundary.ReceiptView;

/**
 * A till receipt as a PDF: what sale/receipt.xhtml prints, on A4 pages (document number and kind, lines, tax by
 * rate, totals, tenders, the country's legal text, a voided document's reason). The standard fonts carry Western
 * European characters only: any other character prints as "?", which never changes an amount or a number.
 */
public final class ReceiptPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final MediaType PDF = new MediaType("application", "pdf");

    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float SIZE = 10;
    private static final float LEADING = 14;
    private static final float MARGIN = 56;
    private static final float[] COLUMNS = {MARGIN, 320, 400, 480};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PDDocument pdf = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private ReceiptPdf() {
    }

    /**
     * The receipt as the caller asked: a PDF (shown in the browser, saved under the receipt's number) when it names
     * {@code application/pdf} before anything JSON can answer, else JSON. Negotiated here rather than by two methods
     * on one path, between which a caller accepting anything was given either.
     */
    public static Response asAsked(ReceiptView receipt, HttpHeaders headers) {
        boolean pdf = headers.getAcceptableMediaTypes().stream()
                .filter(type -> type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isCompatible(PDF))
                .findFirst().map(type -> !type.isWildcardType() && !type.isWildcardSubtype() && type.isCompatible(PDF))
                .orElse(false);
        if (!pdf) {
            return Response.ok(receipt, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(of(receipt), PDF).header("Content-Disposition", "inline; filename=\""
                + fileName(receipt) + "\"").build();
    }

    /** Its document's number, or the store and receipt while it has none, as a file's name. */
    public static String fileName(ReceiptView receipt) {
        String name = receipt.documents().isEmpty() ? receipt.store() + "-" + receipt.receiptId()
                : receipt.documents().get(0).number();
        return name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
    }

    /** The receipt's PDF. */
    public static byte[] of(ReceiptView receipt) {
        ReceiptPdf writer = new ReceiptPdf();
        try (PDDocument pdf = writer.pdf) {
            writer.write(receipt);
            writer.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the receipt's PDF could not be written", e);
        }
    }

    private void write(ReceiptView r) throws IOException {
        newPage();
        text(BOLD, 14, MARGIN, r.storeName() + " (" + r.store() + (r.country() == null ? "" : ", " + r.country())
                + ")");
        y -= 6;
        if (r.documents().isEmpty()) {
            line("Receipt " + r.receiptId() + " (document number being assigned)");
        }
        for (DocumentView document : r.documents()) {
            text(BOLD, SIZE, MARGIN, document.kind().title() + " " + document.number());
            if (document.voidedAt() != null) {
                line("VOIDED " + WHEN.format(document.voidedAt()) + " by " + document.voidedBy() + ": "
                        + document.voidReason());
            }
        }
        line(r.source() + ", " + WHEN.format(r.soldAt()));
        if (r.customerNumber() != null) {
            line("Customer " + r.customerNumber());
        }
        if (r.refundOf() != null) {
            line("Goods brought back, bought on " + r.refundOf());
        }
        y -= 6;
        row(BOLD, "Item", "Qty", "Price", "Amount");
        for (ReceiptView.Line l : r.lines()) {
            row(REGULAR, l.name() + " (" + l.sku() + ")" + (l.returnCondition() == null ? "" : ", brought back"),
                    String.valueOf(l.quantity()), money(l.unitPrice()), money(l.amount()));
        }
        y -= 6;
        row(REGULAR, "Goods", "", "", money(r.goods()));
        if (!r.taxes().isEmpty()) {
            y -= 6;
            row(BOLD, "Tax", "Rate", "Base", "Tax");
            for (ReceiptView.Tax t : r.taxes()) {
                row(REGULAR, t.name(), t.percent().stripTrailingZeros().toPlainString() + " %", money(t.base()),
                        money(t.tax()));
            }
            row(REGULAR, "Net", "", "", money(r.net()));
            row(REGULAR, "Tax", "", "", money(r.tax()));
        }
        row(BOLD, "Total", "", "", money(r.total()));
        if (!r.tenders().isEmpty()) {
            y -= 6;
            for (ReceiptView.Tender t : r.tenders()) {
                row(REGULAR, t.type().replace('_', ' ').toLowerCase() + (t.reference() == null ? "" : " "
                        + t.reference()), "", "", money(t.amount()));
                if (t.given() != null) {
                    row(REGULAR, "  given " + money(t.given()) + ", change", "", "", money(t.change()));
                }
            }
        }
        if (r.legalText() != null) {
            y -= 10;
            for (String paragraph : r.legalText().split("\n")) {
                for (String wrapped : wrap(paragraph, COLUMNS[3] + 60 - MARGIN)) {
                    line(wrapped);
                }
            }
        }
    }

    private void row(PDType1Font font, String label, String quantity, String price, String amount)
            throws IOException {
        List<String> labels = wrap(label, COLUMNS[1] - MARGIN - 8);
        text(font, SIZE, COLUMNS[0], labels.get(0));
        y += LEADING;
        rightAligned(font, COLUMNS[2] - 10, quantity);
        rightAligned(font, COLUMNS[3] - 10, price);
        rightAligned(font, COLUMNS[3] + 60, amount);
        y -= LEADING;
        for (String more : labels.subList(1, labels.size())) {
            text(font, SIZE, COLUMNS[0] + 8, more);
        }
    }

    private void rightAligned(PDType1Font font, float right, String value) throws IOException {
        String printable = printable(font, value);
        float width = font.getStringWidth(printable) / 1000 * SIZE;
        show(font, SIZE, right - width, printable);
    }

    private void line(String value) throws IOException {
        text(REGULAR, SIZE, MARGIN, value);
    }

    /** Writes at the next line, on a new page when this one is full. */
    private void text(PDType1Font font, float size, float x, String value) throws IOException {
        if (y < MARGIN) {
            page.close();
            newPage();
        }
        show(font, size, x, printable(font, value));
        y -= LEADING;
    }

    private void show(PDType1Font font, float size, float x, String value) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(value);
        page.endText();
    }

    private void newPage() throws IOException {
        PDPage next = new PDPage(PDRectangle.A4);
        pdf.addPage(next);
        page = new PDPageContentStream(pdf, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Words on lines no wider than {@code width} at the regular size. */
    private static List<String> wrap(String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : value.split(" ")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && REGULAR.getStringWidth(printable(REGULAR, candidate)) / 1000 * SIZE > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The text with every character the font cannot show as "?". */
    private static String printable(PDType1Font font, String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            String character = new String(Character.toChars(c));
            try {
                font.encode(character);
                out.append(character);
            } catch (IOException | IllegalArgumentException notInTheFont) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }
}
