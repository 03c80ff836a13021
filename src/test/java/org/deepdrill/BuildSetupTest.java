package org.deepdrill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the README promises of the build that no unit test of the code can see:
 * {@code mvn javafx:run -Ddeepdrill.data=DIR} hands DIR to the app's forked JVM (checked by
 * hand under Xvfb: the folder gets progress.db), and without it hands an empty value, which
 * the app ignores (ProgressStoreTest, StartupArchiveTest).
 */
class BuildSetupTest {
    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    @Test
    void javafxRunPassesTheDataFolderPropertyToTheAppsJvm() throws Exception {
        Document pom = pom();
        List<String> options = new ArrayList<>();
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            if (plugin.getElementsByTagName("artifactId").item(0).getTextContent().equals("javafx-maven-plugin")) {
                NodeList os = plugin.getElementsByTagName("option");
                for (int j = 0; j < os.getLength(); j++) {
                    options.add(os.item(j).getTextContent().strip());
                }
            }
        }
        assertTrue(options.contains("-Ddeepdrill.data=${deepdrill.data}"), options.toString());
    }

    @Test
    void theDataFolderPropertyIsEmptyUnlessGivenSoTheAppUsesTheUsersFolder() throws Exception {
        Element properties = (Element) pom().getDocumentElement().getElementsByTagName("properties").item(0);
        NodeList data = properties.getElementsByTagName("deepdrill.data");
        assertEquals(1, data.getLength(), "the pom declares the property, so ${deepdrill.data} is never left unresolved");
        assertEquals("", data.item(0).getTextContent().strip());
    }
}
