package org.deepdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class MainTest {
    @Test
    void theAppRunsAwtHeadlessSoAwtNeverSharesGtksXConnection() {
        Properties p = new Properties();
        Main.headlessAwt(p);
        assertEquals("true", p.getProperty("java.awt.headless"));
    }

    @Test
    void aHeadlessSettingTheUserGaveIsKept() {
        Properties p = new Properties();
        p.setProperty("java.awt.headless", "false");
        Main.headlessAwt(p);
        assertEquals("false", p.getProperty("java.awt.headless"));
    }
}
