package org.omnistock.sale.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.omnistock.document.boundary.DocumentView;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.sale.boundary.ReceiptView;

class ReceiptPdfTest {

    private static final Instant SOLD = Instant.parse("2026-12-07T10:15:00Z");

    @Test
    void aLongReceiptRunsOverPagesAndCharactersTheFontLacksPrintAsQuestionMarks() throws IOException {
        List<ReceiptView.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            lines.add(new ReceiptView.Line("SKU-" + i, i == 1 ? "Kurta \u0915\u0941\u0930\u094d\u0924\u093e" : "Socks",
                    1, new BigDecimal("1.05"), new BigDecimal("1.05"), null));
        }
        DocumentView document = new DocumentView("S001-2026-T000042", DocumentKind.SIMPLIFIED, "S001", SOLD,
                "till-receipt", "POS S001/R-9", new BigDecimal("126.00"), new BigDecimal("21.87"), SOLD.plusSeconds(60),
                "rung up twice", "accountant");
        ReceiptView receipt = new ReceiptView("S001", "Utrecht Centrum", "NL", "R-9", SOLD, List.of(document), null,
                null, lines, new BigDecimal("126.00"), List.of(new ReceiptView.Tax("BTW hoog", new BigDecimal("21"),
                new BigDecimal("104.13"), new BigDecimal("21.87"))), new BigDecimal("104.13"), new BigDecimal("21.87"),
                new BigDecimal("126.00"), List.of(new ReceiptView.Tender("CASH", new BigDecimal("126.00"), null,
                new BigDecimal("130.00"), new BigDecimal("4.00"))), "Omnistock Retail B.V. - BTW NL001234567B01");

        try (PDDocument pdf = Loader.loadPDF(ReceiptPdf.of(receipt))) {
            String text = new PDFTextStripper().getText(pdf);

            assertTrue(pdf.getNumberOfPages() >= 2, "120 lines do not fit one page");
            assertTrue(text.contains("Kurta ?????"), text.substring(0, 400));
            assertTrue(text.contains("VOIDED 2026-12-07 10:16 UTC by accountant: rung up twice"), text);
            assertTrue(text.contains("BTW hoog 21 % 104.13 21.87"), text);
            assertTrue(text.contains("given 130.00, change 4.00"), text);
            assertTrue(text.contains("Omnistock Retail B.V. - BTW NL001234567B01"), text);
            assertEquals(120, text.split("Socks|Kurta").length - 1, "every line is printed");
        }
        assertEquals("S001-2026-T000042.pdf", ReceiptPdf.fileName(receipt));
    }
}
