package org.ogilens.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.ogilens.understand.Region;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every labelled field of the gold files, identity and metrics, checked on the plain-Java processor. */
public class GoldDocumentsTest {
    static final Path SAMPLES = Path.of("data-samples");

    public static List<JsonNode> gold() throws IOException {
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String f : new String[]{"seeds.gold.jsonl", "pdf.gold.jsonl"}) {
            for (String line : Files.readAllLines(SAMPLES.resolve("_expected").resolve(f))) {
                if (!line.isBlank()) out.add(om.readTree(line));
            }
        }
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    @Test
    void identityAndMetricsMatchGold() throws IOException {
        DocumentProcessor p = new DocumentProcessor(20_000_000, 500);
        List<String> mismatches = new ArrayList<>();
        int scored = 0;
        for (JsonNode g : gold()) {
            Path file = SAMPLES.resolve(g.get("file").asText());
            byte[] bytes = Files.readAllBytes(file);
            ProcessedDocument d = p.process(file.toString(), bytes, bytes.length);
            assertTrue(d.isReport(), file + " rejected: " + d.rejectReason() + " " + d.rejectDetail());
            Region r = d.identity().region();
            Map<String, Object> got = new java.util.HashMap<>();
            got.put("issuer_kind", d.identity().issuerKind());
            got.put("admin_level", r == null ? null : r.adminLevel());
            got.put("region_code", r == null ? null : r.regionCode());
            got.put("province", r == null ? null : r.province());
            got.put("prefecture", r == null ? null : r.prefecture());
            got.put("county", r == null ? null : r.county());
            got.put("township", r == null ? null : r.township());
            got.put("report_year", d.identity().reportYear() == null ? null : String.valueOf(d.identity().reportYear()));
            got.put("publish_date", d.identity().publishDate());
            got.put("period_start", d.identity().periodStart());
            got.put("period_end", d.identity().periodEnd());
            got.put("format", d.identity().format());
            for (Map.Entry<String, Object> e : got.entrySet()) {
                if (!g.has(e.getKey())) continue;
                scored++;
                if (!Objects.equals(text(g, e.getKey()), e.getValue())) {
                    mismatches.add(file.getFileName() + " " + e.getKey() + ": gold " + text(g, e.getKey()) + ", got " + e.getValue());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = g.get("metrics").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> m = it.next();
                scored++;
                Double want = m.getValue().isNull() ? null : m.getValue().asDouble();
                Double have = d.extraction().get(m.getKey());
                boolean ok = want == null ? have == null : have != null && Math.abs(want - have) < 1e-4;
                if (!ok) mismatches.add(file.getFileName() + " " + m.getKey() + ": gold " + want + ", got " + have);
            }
            if (g.has("warnings_expected")) {
                for (JsonNode w : g.get("warnings_expected")) {
                    scored++;
                    if (!d.warnings().contains(w.asText())) mismatches.add(file.getFileName() + " missing warning " + w.asText());
                }
            }
        }
        assertTrue(scored > 250, "scored " + scored);
        assertEquals(List.of(), mismatches, "mismatches against the gold files");
    }
}
