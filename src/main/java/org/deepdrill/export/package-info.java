/**
 * Writing question banks in other systems' formats: Moodle's XML question format, which a
 * course imports as-is. Only this package writes XML (the JDK's StAX, no library), and it
 * draws nothing: figures are drawn with JavaFX in {@code ui}, which export must not use.
 */
package org.deepdrill.export;
