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
        assertEquals(10, a.keywords().size());
    }

    @Test
    void problemsAndMeasuresAreSeparateStatements() {
        TextAnalyzer.TextAnalysis a = TextAnalyzer.analyze(REPORT);
        assertEquals(List.of("公开内容不够全面", "队伍建设有待加强"), a.problems());
        assertTrue(a.measures().stream().anyMatch(m -> m.contains("加强业务培训")), a.measures().toString());
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
