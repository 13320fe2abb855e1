package org.ogilens.ingest;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordTextExtractorTest {
    @Test
    void docxParagraphsAndTableRows() throws Exception {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("某县2021年政府信息公开工作年度报告");
            XWPFTable t = doc.createTable(1, 3);
            t.getRow(0).getCell(0).setText("规章");
            t.getRow(0).getCell(1).setText("2");
            t.getRow(0).getCell(2).setText("0");
            doc.write(out);
            bytes = out.toByteArray();
        }
        assertEquals(FileKind.DOCX, FileKind.sniff("report.docx", bytes));
        ReportReader.ReadResult r = ReportReader.read("report.docx", bytes, 10);
        assertTrue(r.ok(), r.detail());
        assertTrue(r.text().contains("某县2021年政府信息公开工作年度报告"));
        assertTrue(r.text().contains("规章\t2\t0"), r.text());
    }

    @Test
    void brokenWordFileIsUnreadableNotACrash() {
        byte[] zipHeaderOnly = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6};
        ReportReader.ReadResult r = ReportReader.read("x.docx", zipHeaderOnly, 10);
        assertEquals(Rejects.UNREADABLE, r.rejectReason());
        byte[] oleHeaderOnly = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals(Rejects.UNREADABLE, ReportReader.read("x.doc", oleHeaderOnly, 10).rejectReason());
    }
}
