package org.ogilens.understand;

import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextAnalyzerTest {
    private static final String REPORT = """
            某县2014年政府信息公开工作年度报告
            一、概述
            2014年,全县认真贯彻落实《条例》,不断完善政府信息公开指南和政府信息公开目录。
            二、主动公开政府信息情况
            全年主动公开政府信息1200条,其中政务微博发布300条。
            三、依申请公开政府信息情况
            全年受理依申请公开申请12件,申请内容主要涉及征地拆迁、社会保障、财政资金和环境保护等方面。涉及三安全一稳定和过程性信息的,依法不予公开。
            四、因政府信息公开申请行政复议、提起行政诉讼的情况
            全年未发生行政复议和行政诉讼。
            五、存在的主要问题及改进措施
            一是公开内容不够全面;二是队伍建设有待加强。下一步,我们将加强业务培训,完善考核机制。
            """;

    @Test
    void everyDomainTermComesOutWhole() {
        List<String> terms = HanLPTokenizer.domainTerms();
        assertTrue(terms.size() >= 40, "domain dictionary has " + terms.size() + " terms");
        for (String term : terms) {
            List<Term> tokens = HanLPTokenizer.tokenize("本机关" + term + "的情况");
            assertTrue(tokens.stream().anyMatch(t -> t.word.equals(term)), term + " split into " + tokens);
        }
    }

    @Test
    void sectionsFollowTheNumberedParts() {
        List<String> kinds = Sections.split(REPORT).stream().map(Sections.Section::kind).toList();
        assertEquals(List.of(Sections.OTHER, Sections.OVERVIEW, Sections.PROACTIVE, Sections.REQUESTS, Sections.REVIEW,
                Sections.PROBLEMS), kinds);
        // a table row numbered like a part is not a part
        assertEquals(2, Sections.split("一、总体情况\n四、结转下年度继续办理 0 0\n二、主动公开政府信息情况\n").size());
    }

    @Test
    void termsAreContentWordsCountedPerSection() {
        TextAnalyzer.TextAnalysis a = TextAnalyzer.analyze(REPORT);
        assertTrue(a.tokenCount() > 50);
        assertTrue(a.terms().stream().anyMatch(t -> t.term().equals("依申请公开") && t.section().equals(Sections.REQUESTS)));
        assertTrue(a.terms().stream().anyMatch(t -> t.term().equals("政务微博") && t.section().equals(Sections.PROACTIVE)));
        assertTrue(a.terms().stream().anyMatch(t -> t.term().equals("三安全一稳定")));
        // no numbers, punctuation, single characters or stop words
        assertFalse(a.terms().stream().anyMatch(t -> t.term().matches(".*\\d.*") || t.term().length() < 2));
        assertFalse(a.terms().stream().anyMatch(t -> t.term().equals("其中") || t.term().equals("我们")));
    }

    /** A PDF's text: the lines of a paragraph wrap at the page width, headings stand on lines of their own. */
    private static final String WRAPPED = """
            某县2022年政府信息公开工作年度报告
            一、总体情况
            2022年，县政府坚持以公开为常态、不公开为例外，围绕县委县政府中心工作，持续深化
            政务公开，不断提升政府信息公开的质量和实效，有力推动了全县经济社会高质量发展。
            （一）主动公开
            全年主动公开政府信息2345条，其中政策文件120件，重点领域信息860条，做到任
            务明确、责任到人、及时准确，群众满意度进一步提升。
            （二）依申请公开
            全年共收到政府信息公开申请56件，均在法定期限内答复，申请人对答复结果总体满意。
            二、主动公开政府信息情况
            	信息内容	本年制发件数
            """;

    @Test
    void summarySentencesAreWholeAndTheirWrapsJoined() {
        String summary = TextAnalyzer.analyze(WRAPPED).summary();
        assertTrue(summary != null && summary.endsWith("。"), summary);
        String flat = WRAPPED.replaceAll("\\s+", "");
        List<String> sentences = List.of(summary.split("(?<=。)"));
        assertEquals(3, sentences.size(), summary);
        for (String st : sentences) {
            assertTrue(flat.contains(st), st);
            // begins where a sentence begins: after a sentence end or a heading, never inside a wrapped word
            int at = flat.indexOf(st);
            assertTrue(at == 0 || "。".indexOf(flat.charAt(at - 1)) >= 0 || flat.substring(0, at).matches(".*(?:情况|公开)$"), st);
            assertFalse(st.startsWith("（") || st.startsWith("一、"), "a heading is no part of a sentence: " + st);
        }
        // the candidates: every sentence of the body whole, the one wrapped inside 任务 too; the table row is none
        List<int[]> spans = new java.util.ArrayList<>();
        TextAnalyzer.sentences(WRAPPED, 0, WRAPPED.length(), spans);
        List<String> candidates = spans.stream().map(sp -> TextAnalyzer.sentenceText(WRAPPED, sp[0], sp[1])).toList();
        assertEquals(List.of("2022年,县政府坚持以公开为常态、不公开为例外,围绕县委县政府中心工作,持续深化政务公开,不断提升政府信息公开的质量和实效,有力推动了全县经济社会高质量发展。",
                "全年主动公开政府信息2345条,其中政策文件120件,重点领域信息860条,做到任务明确、责任到人、及时准确,群众满意度进一步提升。",
                "全年共收到政府信息公开申请56件,均在法定期限内答复,申请人对答复结果总体满意。").toString(),
                candidates.toString().replace('，', ','));
    }

    @Test
    void problemsAndMeasuresAreSeparateStatements() {
        TextAnalyzer.TextAnalysis a = TextAnalyzer.analyze(REPORT);
        assertEquals(List.of("公开内容不够全面", "队伍建设有待加强"), a.problems());
        assertTrue(a.measures().stream().anyMatch(m -> m.contains("加强业务培训")), a.measures().toString());
    }

    @Test
    void latinResidueIsNoTerm() {
        // a real page's text (real corpus 221): Word's settings and style sheet leaked into the crawl
        String text = org.ogilens.clean.TextCleaner.clean("""
                相关链接： Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ table.MsoNormalTable {mso-style-name:普通表格; mso-tstyle-rowband-size:0; mso-padding-alt:0cm 5.4pt 0cm 5.4pt; font-family:"Times New Roman","serif";} 根据《中华人民共和国政府信息公开条例》要求，结合我局工作实际，编制完成本报告。
                """);
        assertFalse(text.contains("MsoNormalTable") || text.contains("X-NONE") || text.contains("mso-"), text);
        assertTrue(text.contains("根据《中华人民共和国政府信息公开条例》要求"), text);
        TextAnalyzer.TextAnalysis a = TextAnalyzer.analyze("本机关通过www网站和APP发布ptjj信息，政务微博运行良好。");
        assertFalse(a.terms().stream().anyMatch(t -> t.term().matches("[A-Za-z]+")), a.terms().toString());
    }

    @Test
    void requestTopicsAreClassified() {
        TextAnalyzer.TextAnalysis a = TextAnalyzer.analyze(REPORT);
        List<String> topics = a.topics().stream().map(t -> t.topic() + ":" + t.phrase()).toList();
        assertEquals(List.of("land_demolition:征地拆迁", "social_security:社会保障", "fiscal_funds:财政资金", "environment:环境保护"), topics);
        assertTrue(a.topics().get(0).sentence().contains("申请内容主要涉及"));
    }

    @Test
    void sameTextSameAnalysisFromManyThreads() throws Exception {
        TextAnalyzer.TextAnalysis one = TextAnalyzer.analyze(REPORT);
        List<Thread> threads = new java.util.ArrayList<>();
        List<TextAnalyzer.TextAnalysis> results = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> { for (int k = 0; k < 20; k++) results.add(TextAnalyzer.analyze(REPORT)); });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        assertEquals(80, results.size());
        for (TextAnalyzer.TextAnalysis r : results) assertEquals(one, r);
    }
}
