package org.ogilens.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTextExtractorTest {
    @Test
    void tableOnGridScriptsDropped() {
        String html = "<html><head><script>var x=1;</script><style>p{}</style></head><body><nav>首页 | 导航</nav>"
                + "<p>正文</p><table>"
                + "<tr><td rowspan=2>(三)不予公开</td><td>1.属于国家秘密</td><td>0</td><td colspan=2>5</td></tr>"
                + "<tr><td>2.其他法律行政法规禁止公开</td><td>1</td><td>2</td><td>3</td></tr>"
                + "</table><img src='/a/b/11.png'></body></html>";
        String t = HtmlTextExtractor.extract(html);
        assertFalse(t.contains("var x"));
        assertFalse(t.contains("导航"));
        assertTrue(t.contains("(三)不予公开\t1.属于国家秘密\t0\t5\t\n"), t);
        assertTrue(t.contains("\t2.其他法律行政法规禁止公开\t1\t2\t3\n"), t);
        assertTrue(t.contains("11.png"));
    }
}
