package org.ogilens.understand;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.summary.TextRankKeyword;
import com.hankcs.hanlp.summary.TextRankSentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one report as data: HanLP tokens counted per section (content words only), TextRank keywords
 * and an extractive summary over the same tokens, the problems and improvement measures of the problems
 * part, and the request topics. One segmentation of the text serves all of them.
 */
public final class TextAnalyzer {
    /** A content word of one section and how often it occurs there. */
    public record TermCount(String section, String term, String pos, int count) {}

    /** Everything the analyzer gives for one report. */
    public record TextAnalysis(int tokenCount, List<TermCount> terms, List<String> keywords, String summary,
                               List<String> problems, List<String> measures, List<RequestTopics.Topic> topics) {}

    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:[一二三四五六七八九十]是|[(][一二三四五六七八九十\\d]{1,2}[)]|\\d{1,2}[.、]|[一二三四五六七八九十][、.])");
    private static final Pattern MEASURES_START = Pattern.compile("改进措施|改进情况|整改措施|下一步|今后|下阶段");
    private static final int KEYWORDS = 10, SUMMARY_SENTENCES = 3;

    private TextAnalyzer() {}

    /** The tokenization path: one segmentation, content words counted per section. */
    public record Counted(List<Term> tokens, List<Term> content, int tokenCount, List<TermCount> terms) {}

    /** Counts of one word with one part of speech, per section; further parts of speech chain on. */
    private static final class Entry {
        final Object nature;
        final boolean content;
        final int[] perSection = new int[SECTION_KINDS.size()];
        Entry next;

        Entry(Term t) {
            this.nature = t.nature;
            this.content = isContentWord(t);
        }
    }

    private static final List<String> SECTION_KINDS = List.of(Sections.OVERVIEW, Sections.PROACTIVE, Sections.REQUESTS,
            Sections.REVIEW, Sections.PROBLEMS, Sections.OTHER);

    public static Counted count(String text, List<Sections.Section> sections) {
        List<Term> tokens = HanLPTokenizer.tokenize(text);
        int tokenCount = 0;
        // one hash lookup per candidate token; the stop-word test once per distinct word of the report
        // insertion order (first occurrence in the text): the same output on every run and every executor
        Map<String, Entry> counts = new LinkedHashMap<>(Math.max(16, tokens.size()));
        List<Term> content = new ArrayList<>();
        int sectionIndex = 0;
        int kind = SECTION_KINDS.indexOf(sections.isEmpty() ? Sections.OTHER : sections.get(0).kind());
        for (Term t : tokens) {
            String w = t.word;
            char p = t.nature == null ? ' ' : t.nature.firstChar();
            if (p == 'w' || w.length() < 2) {
                if (p != 'w' || !w.isBlank()) tokenCount++;
                continue;
            }
            if (p != 'n' && p != 'v' && p != 'a') {
                if (!w.isBlank()) tokenCount++;
                continue;
            }
            tokenCount++;
            Entry e = counts.get(w);
            if (e == null) {
                e = new Entry(t);
                counts.put(w, e);
            } else {
                while (e.nature != t.nature && e.next != null) e = e.next;
                if (e.nature != t.nature) {
                    e.next = new Entry(t);
                    e = e.next;
                }
            }
            if (!e.content) continue;
            content.add(t);
            if (sectionIndex < sections.size() - 1 && t.offset >= sections.get(sectionIndex).end()) {
                while (sectionIndex < sections.size() - 1 && t.offset >= sections.get(sectionIndex).end()) sectionIndex++;
                kind = SECTION_KINDS.indexOf(sections.get(sectionIndex).kind());
            }
            e.perSection[kind]++;
        }
        List<TermCount> terms = new ArrayList<>();
        for (Map.Entry<String, Entry> me : counts.entrySet()) {
            for (Entry e = me.getValue(); e != null; e = e.next) {
                for (int k = 0; k < e.perSection.length; k++) {
                    if (e.perSection[k] > 0) terms.add(new TermCount(SECTION_KINDS.get(k), me.getKey(), String.valueOf(e.nature), e.perSection[k]));
                }
            }
        }
        return new Counted(tokens, content, tokenCount, terms);
    }

    public static TextAnalysis analyze(String text) {
        List<Sections.Section> sections = Sections.split(text);
        Counted c = count(text, sections);
        List<Term> tokens = c.tokens(), content = c.content();
        int tokenCount = c.tokenCount();
        List<TermCount> terms = c.terms();
        List<String> keywords = content.isEmpty() ? List.of() : new TextRankKeyword().getKeywords(content, KEYWORDS);
        String summary = summary(text, tokens, sections);
        List<String> problems = new ArrayList<>(), measures = new ArrayList<>();
        problemsAndMeasures(text, sections, problems, measures);
        List<RequestTopics.Topic> topics = new ArrayList<>();
        for (Sections.Section s : sections) {
            if (s.kind().equals(Sections.REQUESTS)) topics.addAll(RequestTopics.find(text, s.start(), s.end()));
        }
        if (sections.stream().noneMatch(s -> s.kind().equals(Sections.REQUESTS))) topics.addAll(RequestTopics.find(text, 0, text.length()));
        return new TextAnalysis(tokenCount, terms, keywords, summary, problems, measures, topics);
    }

    /** Nouns, verbs, adjectives and domain terms of two characters or more; no stop words, numbers, punctuation. */
    static boolean isContentWord(Term t) {
        if (t.word.length() < 2 || t.nature == null) return false;
        String pos = t.nature.toString();
        if (pos.isEmpty()) return false;
        char p = pos.charAt(0);
        if (p != 'n' && p != 'v' && p != 'a') return false;
        for (int i = 0; i < t.word.length(); i++) {
            char c = t.word.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c)) return false;
        }
        return !CoreStopWordDictionary.contains(t.word);
    }

    /** TextRank over the sentences of the body (after the title and page furniture), from the same tokens. */
    private static String summary(String text, List<Term> tokens, List<Sections.Section> sections) {
        int bodyStart = sections.size() > 1 && sections.get(0).kind().equals(Sections.OTHER) ? sections.get(1).start() : 0;
        List<List<String>> sentenceWords = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        List<String> words = new ArrayList<>();
        int sentStart = -1;
        for (Term t : tokens) {
            if (t.offset < bodyStart) continue;
            if (sentStart < 0) sentStart = t.offset;
            if (t.word.equals("。") || t.word.indexOf('\n') >= 0 || t.word.equals("!") || t.word.equals("?")) {
                int end = t.offset;
                if (words.size() >= 4 && end - sentStart >= 10 && end - sentStart <= 200) {
                    sentenceWords.add(words);
                    spans.add(new int[]{sentStart, end});
                }
                words = new ArrayList<>();
                sentStart = -1;
                continue;
            }
            if (isContentWord(t)) words.add(t.word);
        }
        if (sentenceWords.isEmpty()) return null;
        int[] top = new TextRankSentence(sentenceWords).getTopSentence(Math.min(SUMMARY_SENTENCES, sentenceWords.size()));
        int[] order = top.clone();
        java.util.Arrays.sort(order);
        StringBuilder b = new StringBuilder();
        for (int i : order) b.append(text, spans.get(i)[0], spans.get(i)[1]).append('。');
        return b.toString().replaceAll("\\s+", "");
    }

    /** Statements of the problems part: before the improvements start, problems; after, measures. */
    static void problemsAndMeasures(String text, List<Sections.Section> sections, List<String> problems, List<String> measures) {
        for (Sections.Section s : sections) {
            if (!s.kind().equals(Sections.PROBLEMS)) continue;
            // skip the heading line, which often names both (存在的主要问题及改进措施)
            int bodyStart = text.indexOf('\n', s.start());
            int headingEnd = s.start() + s.heading().length() + 2;
            int from = bodyStart < 0 || bodyStart > headingEnd + 2 ? Math.min(s.end(), headingEnd) : bodyStart;
            String body = text.substring(Math.min(from, s.end()), s.end());
            Matcher m = MEASURES_START.matcher(body);
            int split = m.find() ? m.start() : body.length();
            statements(body.substring(0, split), problems);
            statements(body.substring(split), measures);
        }
    }

    private static void statements(String part, List<String> out) {
        String marked = ENUMERATOR.matcher(part).replaceAll("\u0001");
        for (String chunk : marked.split("[\u0001。;\\n]")) {
            String st = chunk.replaceAll("\\s+", "").replaceFirst("^[,:、]+", "");
            st = st.replaceFirst("^(?:存在的主要问题|主要问题|改进措施|改进情况|下一步)[:,]?", "");
            if (st.length() >= 6 && st.length() <= 200) out.add(st);
        }
    }
}
