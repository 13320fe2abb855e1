package org.ogilens.understand;

import com.hankcs.hanlp.dictionary.stopword.CoreStopWordDictionary;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The prose of one report as data: HanLP tokens counted per section (content words only), an extractive summary
 * over the same tokens, the problems and improvement measures of the problems part, and the request topics. One
 * segmentation of the text serves all of them, and every step is linear in the length of the report. Keywords are
 * not chosen here: what distinguishes a report needs the corpus, so the job ranks the {@code terms} of all reports
 * together ({@code org.ogilens.job.Keywords}).
 */
public final class TextAnalyzer {
    /** A content word of one section and how often it occurs there. */
    public record TermCount(String section, String term, String pos, int count) {}

    /** Everything the analyzer gives for one report. */
    public record TextAnalysis(int tokenCount, List<TermCount> terms, String summary,
                               List<String> problems, List<String> measures, List<RequestTopics.Topic> topics) {}

    private static final Pattern ENUMERATOR = Pattern.compile(
            "(?:[一二三四五六七八九十]是|[(][一二三四五六七八九十\\d]{1,2}[)]|\\d{1,2}[.、]|[一二三四五六七八九十][、.])");
    private static final Pattern MEASURES_START = Pattern.compile("改进措施|改进情况|整改措施|下一步|今后|下阶段");
    /** Sentences in a summary; candidate sentences scored at most (the first ones of the part they come from). */
    private static final int SUMMARY_SENTENCES = 3, MAX_CANDIDATES = 80;
    /** A line at least this long that ends without punctuation was wrapped: the sentence goes on on the next line. */
    private static final int WRAPPED_LINE = 20;
    /** A heading or list item at the start of a line: a line break before it ends a sentence. */
    private static final Pattern LINE_START_HEADING = Pattern.compile(
            "[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[.、．](?!\\d)|第[一二三四五六七八九十]+[部章条]");

    private TextAnalyzer() {}

    /** The tokenization path: one segmentation, content words counted per section. */
    public record Counted(List<Term> tokens, int tokenCount, List<TermCount> terms) {}

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
        return new Counted(tokens, tokenCount, terms);
    }

    public static TextAnalysis analyze(String text) {
        List<Sections.Section> sections = Sections.split(text);
        Counted c = count(text, sections);
        List<Term> tokens = c.tokens();
        String summary = summary(text, tokens, sections);
        List<String> problems = new ArrayList<>(), measures = new ArrayList<>();
        problemsAndMeasures(text, sections, problems, measures);
        List<RequestTopics.Topic> topics = new ArrayList<>();
        for (Sections.Section s : sections) {
            if (s.kind().equals(Sections.REQUESTS)) topics.addAll(RequestTopics.find(text, s.start(), s.end(), tokens));
        }
        if (sections.stream().noneMatch(s -> s.kind().equals(Sections.REQUESTS))) topics.addAll(RequestTopics.find(text, 0, text.length(), tokens));
        return new TextAnalysis(c.tokenCount(), c.terms(), summary, problems, measures, topics);
    }

    /** Nouns, verbs, adjectives and domain terms of two characters or more with a Chinese character; no stop words, numbers, punctuation. */
    static boolean isContentWord(Term t) {
        if (t.word.length() < 2 || t.nature == null) return false;
        String pos = t.nature.toString();
        if (pos.isEmpty()) return false;
        char p = pos.charAt(0);
        if (p != 'n' && p != 'v' && p != 'a') return false;
        boolean chinese = false;
        for (int i = 0; i < t.word.length(); i++) {
            char c = t.word.charAt(i);
            if (Character.isDigit(c) || !Character.isLetter(c)) return false;
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) chinese = true;
        }
        // a word of Latin letters in a Chinese report is nearly always page residue (ptjj, MsoNormalTable, false)
        return chinese && !CoreStopWordDictionary.contains(t.word);
    }

    /**
     * An extractive summary in linear time: the whole sentences of the overview (of the body when the overview has
     * fewer than three), each scored by how central its content words are to the report, the best three in reading
     * order. A word's weight is its count in the candidates × log(1 + candidates / candidates using it), so the words of
     * every sentence (公开, 信息) weigh little; a sentence's score is the sum over its distinct words / √(distinct words).
     */
    static String summary(String text, List<Term> tokens, List<Sections.Section> sections) {
        int bodyStart = sections.size() > 1 && sections.get(0).kind().equals(Sections.OTHER) ? sections.get(1).start() : 0;
        List<int[]> spans = new ArrayList<>();
        for (Sections.Section s : sections) {
            if (s.kind().equals(Sections.OVERVIEW)) sentences(text, s.start(), s.end(), spans);
        }
        if (spans.size() < SUMMARY_SENTENCES) {
            spans.clear();
            sentences(text, bodyStart, text.length(), spans);
        }
        if (spans.isEmpty()) return null;
        // the content words of each candidate, from the tokens (sorted by offset): one pass over both
        List<List<String>> words = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) words.add(new ArrayList<>());
        int k = 0;
        for (Term t : tokens) {
            while (k < spans.size() && t.offset >= spans.get(k)[1]) k++;
            if (k == spans.size()) break;
            if (t.offset >= spans.get(k)[0] && isContentWord(t)) words.get(k).add(t.word);
        }
        Map<String, int[]> freq = new HashMap<>(); // word → {count, candidates using it}
        List<java.util.Set<String>> distinctWords = new ArrayList<>();
        for (List<String> ws : words) {
            for (String w : ws) freq.computeIfAbsent(w, x -> new int[2])[0]++;
            java.util.Set<String> distinct = new java.util.HashSet<>(ws);
            for (String w : distinct) freq.get(w)[1]++;
            distinctWords.add(distinct);
        }
        int n = spans.size();
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            java.util.Set<String> distinct = distinctWords.get(i);
            if (distinct.size() < 4) {
                score[i] = -1;
                continue;
            }
            double sum = 0;
            for (String w : distinct) {
                int[] f = freq.get(w);
                sum += f[0] * Math.log(1.0 + (double) n / f[1]);
            }
            score[i] = sum / Math.sqrt(distinct.size());
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> score[a] != score[b] ? Double.compare(score[b], score[a]) : Integer.compare(a, b));
        List<Integer> chosen = new ArrayList<>();
        for (Integer i : order) {
            if (chosen.size() == SUMMARY_SENTENCES || score[i] < 0) break;
            chosen.add(i);
        }
        if (chosen.isEmpty()) return null;
        java.util.Collections.sort(chosen);
        StringBuilder b = new StringBuilder();
        for (int i : chosen) b.append(sentenceText(text, spans.get(i)[0], spans.get(i)[1]));
        return b.toString();
    }

    /**
     * The whole sentences of [from, to), as spans that end after their 。！？: a line break inside a sentence (a PDF or
     * crawl wraps long lines) is read through, unless the next line starts a heading or list item. A sentence that
     * starts in the middle of a line after anything but a sentence end, holds a tab (a table row) or runs over 200
     * characters is not a candidate; at most {@link #MAX_CANDIDATES} are kept.
     */
    static void sentences(String text, int from, int to, List<int[]> out) {
        int start = -1;
        for (int i = from; i < to && out.size() < MAX_CANDIDATES; i++) {
            char ch = text.charAt(i);
            if (start < 0) {
                if (Character.isWhitespace(ch)) continue;
                start = i;
            }
            if (ch == '\n') {
                int next = i + 1;
                while (next < to && (text.charAt(next) == ' ' || text.charAt(next) == '\u3000')) next++;
                char prev = lastNonSpace(text, start, i);
                int lineStart = text.lastIndexOf('\n', i - 1) + 1;
                // a wrapped line runs to the width of the page; a heading is short and ends without punctuation
                boolean soft = prev != 0 && "。！？!?；;：:".indexOf(prev) < 0 && next < to && i - lineStart >= WRAPPED_LINE
                        && !LINE_START_HEADING.matcher(text).region(next, Math.min(to, next + 8)).lookingAt();
                if (!soft) start = -1; // a heading, a table line or a list item: not a sentence
                continue;
            }
            if (ch == '\t') {
                // a table row: skip to the next line
                while (i + 1 < to && text.charAt(i + 1) != '\n') i++;
                start = -1;
                continue;
            }
            if (ch == '。' || ch == '！' || ch == '？' || ch == '!' || ch == '?') {
                int len = i + 1 - start;
                if (len >= 12 && len <= 200) out.add(new int[]{start, i + 1});
                start = -1;
            }
        }
    }

    private static char lastNonSpace(String text, int from, int to) {
        for (int j = to - 1; j >= from; j--) {
            char c = text.charAt(j);
            if (!Character.isWhitespace(c)) return c;
        }
        return 0;
    }

    /** A sentence as one line: the line breaks and spaces a wrap left inside it removed. */
    static String sentenceText(String text, int start, int end) {
        return text.substring(start, end).replaceAll("\\s+", "");
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
