package cn.gov.civilaffairs.assistance.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads generated PDFs back with PDFBox: their text, page count and fonts. */
public final class Pdfs {

  private Pdfs() {}

  /** The extracted text without any whitespace, so wrapped lines do not split the words looked for. */
  public static String text(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int pages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Every font used on every page (and in its form XObjects) is a CJK Type 0 font embedded as a subset. */
  public static void assertCjkFontEmbedded(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDFont> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collect(page.getResources(), fonts);
      }
      assertThat(fonts).isNotEmpty().allSatisfy(font -> {
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.*CJK.*");
        var descriptor = ((PDType0Font) font).getDescendantFont().getFontDescriptor();
        assertThat(descriptor.getFontFile3() != null || descriptor.getFontFile2() != null).isTrue();
      });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void collect(PDResources resources, List<PDFont> fonts) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      fonts.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        collect(form.getResources(), fonts);
      }
    }
  }
}
