package cn.gov.civilaffairs.assistance.documents;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The CJK font embedded (as a subset) in every generated document: {@code app.documents.font-path}, or else the
 * first usable font of {@link #SEARCHED}. Loaded at start-up, so a machine without a usable font refuses to start
 * with a message saying what to install, instead of failing each acceptance at the window later (the receipt is
 * generated in the acceptance transaction).
 *
 * <p>OpenType fonts with CFF outlines (Noto CJK, from Debian's {@code fonts-noto-cjk}) and TrueType fonts both
 * work; in a collection (.ttc) without an explicit {@code ,index} the Simplified Chinese face is chosen.
 */
@Component
class CjkFonts {

  static final List<String> SEARCHED = List.of(
      "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
      "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/noto-cjk/NotoSerifCJK-Regular.ttc",
      "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/google-noto-cjk/NotoSerifCJK-Regular.ttc",
      "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
      "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
      "/usr/share/fonts/truetype/arphic/uming.ttc");

  /** Characters every usable font must have: a font without them would print empty boxes. */
  static final String PROBE = "受理回执核对报告入户调查记录公示审批决定不予批准通知书申请人元年月日";

  private static final Logger log = LoggerFactory.getLogger(CjkFonts.class);

  // One face only: each embedded CJK subset adds about 200 KB to every document kept in the household file.
  private final BaseFont font;

  CjkFonts(@Value("${app.documents.font-path:}") String configuredPath) {
    List<String> candidates = configuredPath == null || configuredPath.isBlank() ? SEARCHED : List.of(configuredPath);
    List<String> problems = new ArrayList<>();
    BaseFont found = null;
    String foundPath = null;
    for (String candidate : candidates) {
      try {
        found = load(candidate);
        foundPath = candidate;
        break;
      } catch (UnusableFontException e) {
        problems.add(e.getMessage());
      }
    }
    if (found == null) {
      throw new IllegalStateException("No usable CJK font for generated case documents (receipts, notices). "
          + (candidates == SEARCHED ? "Searched: " : "app.documents.font-path: ") + String.join("; ", problems)
          + ". Install Debian's fonts-noto-cjk (apt-get install fonts-noto-cjk; bin/ensure-browser does it) or set "
          + "app.documents.font-path (APP_DOCUMENTS_FONT_PATH) to an OpenType/TrueType font or collection with "
          + "Simplified Chinese glyphs, e.g. /usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc");
    }
    font = found;
    log.info("Generated documents use the font {} ({})", font.getPostscriptFontName(), foundPath);
  }

  BaseFont font() {
    return font;
  }

  /** Loads {@code path} (optionally {@code file.ttc,index}) and checks it can write Chinese. */
  static BaseFont load(String path) {
    String file = path.replaceFirst(",\\d+$", "");
    if (!Files.isReadable(Path.of(file))) {
      throw new UnusableFontException(path + " does not exist or is not readable");
    }
    try {
      String face = path;
      if (file.toLowerCase(Locale.ROOT).endsWith(".ttc") && file.equals(path)) {
        face = file + "," + simplifiedChineseFace(BaseFont.enumerateTTCNames(file));
      }
      BaseFont font = BaseFont.createFont(face, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
      String missing = PROBE.codePoints().filter(c -> !font.charExists(c))
          .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
      if (!missing.isEmpty()) {
        throw new UnusableFontException(path + " lacks Chinese glyphs (" + missing + ")");
      }
      return font;
    } catch (UnusableFontException e) {
      throw e;
    } catch (Exception e) {
      throw new UnusableFontException(path + " cannot be embedded: " + e.getMessage());
    }
  }

  /** The index of the Simplified Chinese face of a collection (Noto CJK holds JP, KR, SC, TC, HK), else 0. */
  static int simplifiedChineseFace(String[] names) {
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.endsWith("SC") || name.contains("CJKsc") || name.contains(" SC ") || name.contains("GB")) {
        return i;
      }
    }
    return 0;
  }

  static final class UnusableFontException extends RuntimeException {

    UnusableFontException(String message) {
      super(message);
    }
  }
}
