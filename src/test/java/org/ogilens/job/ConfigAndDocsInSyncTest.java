package org.ogilens.job;

import org.junit.jupiter.api.Test;
import org.ogilens.write.DataDictionary;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** conf/ogi-lens.properties documents the code's defaults; docs/DATA_DICTIONARY.md is the schema rendered. */
class ConfigAndDocsInSyncTest {
    @Test
    void confFileEqualsCodeDefaults() throws Exception {
        JobConfig fromFile = new JobConfig().load(Path.of("conf/ogi-lens.properties"));
        Map<String, String> expected = new LinkedHashMap<>(JobConfig.DEFAULTS);
        assertEquals(expected, fromFile.all());
    }

    @Test
    void dataDictionaryIsCurrent() throws Exception {
        String doc = Files.readString(Path.of("docs/DATA_DICTIONARY.md"), StandardCharsets.UTF_8);
        assertEquals(DataDictionary.render(), doc, "run: jobs/ogi-lens dictionary");
    }
}
