package cn.gov.civilaffairs.assistance.documents;

import cn.gov.civilaffairs.assistance.documents.CaseDocument.Block;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Heading;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.KeyValues;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.NumberedList;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Paragraph;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Salutation;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signature;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Signatures;
import cn.gov.civilaffairs.assistance.documents.CaseDocument.Table;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/** Renders a {@link CaseDocument} to an A4 PDF with the CJK font embedded as a subset. */
@Component
class CaseDocumentPdf {

  private static final float BODY = 12;
  private static final float LEADING = BODY * 1.5f;
  private static final Color HEADER_GREY = new Color(0xEE, 0xEE, 0xEE);

  private final CjkFonts fonts;

  CaseDocumentPdf(CjkFonts fonts) {
    this.fonts = fonts;
  }

  byte[] render(CaseDocument content) {
    var out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 64, 64, 60, 64);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setPageEvent(new Footer(fonts.font(), content.footer()));
      document.addTitle(content.title());
      document.addCreator("城镇困难群众救助帮扶");
      document.open();
      title(document, content);
      for (Block block : content.blocks()) {
        for (Element element : elements(block)) {
          document.add(element);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("Cannot render " + content.title(), e);
    }
    return out.toByteArray();
  }

  private void title(Document document, CaseDocument content) {
    var title = new com.lowagie.text.Paragraph(content.title(), new Font(fonts.font(), 20, Font.NORMAL));
    title.setAlignment(Element.ALIGN_CENTER);
    title.setSpacingAfter(content.documentNumber() == null ? 18 : 6);
    document.add(title);
    if (content.documentNumber() != null) {
      var number = new com.lowagie.text.Paragraph(content.documentNumber(), body());
      number.setAlignment(Element.ALIGN_CENTER);
      number.setSpacingAfter(18);
      document.add(number);
    }
  }

  private List<? extends Element> elements(Block block) {
    if (block instanceof NumberedList list) {
      // Items straight into the document: a container paragraph would add line breaks in the standard,
      // non-embedded Helvetica.
      List<String> items = list.items();
      return IntStream.range(0, items.size()).mapToObj(i -> {
        var item = new com.lowagie.text.Paragraph(LEADING, (i + 1) + ". " + items.get(i), body());
        item.setIndentationLeft(2 * BODY);
        item.setFirstLineIndent(-BODY);
        item.setSpacingAfter(i == items.size() - 1 ? 4 : 0);
        return item;
      }).toList();
    }
    return List.of(element(block));
  }

  private Element element(Block block) {
    if (block instanceof Heading heading) {
      var paragraph = new com.lowagie.text.Paragraph(LEADING, heading.text(), new Font(fonts.font(), 13));
      paragraph.setSpacingBefore(10);
      paragraph.setSpacingAfter(4);
      return paragraph;
    }
    if (block instanceof Salutation salutation) {
      var paragraph = new com.lowagie.text.Paragraph(LEADING, salutation.addressee() + "：", body());
      paragraph.setSpacingAfter(2);
      return paragraph;
    }
    if (block instanceof Paragraph text) {
      var paragraph = new com.lowagie.text.Paragraph(LEADING, text.text(), body());
      paragraph.setFirstLineIndent(2 * BODY);
      paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
      paragraph.setSpacingAfter(4);
      return paragraph;
    }
    if (block instanceof KeyValues keyValues) {
      PdfPTable table = table(new float[] {1, 3});
      keyValues.rows().forEach(row -> {
        table.addCell(cell(row.key(), HEADER_GREY));
        table.addCell(cell(row.value(), null));
      });
      return table;
    }
    if (block instanceof Table grid) {
      float[] widths = new float[grid.header().size()];
      java.util.Arrays.fill(widths, 1);
      PdfPTable table = table(widths);
      grid.header().forEach(text -> table.addCell(cell(text, HEADER_GREY)));
      table.setHeaderRows(1);
      grid.rows().forEach(row -> row.forEach(text -> table.addCell(cell(text, null))));
      return table;
    }
    if (block instanceof Signatures signatures) {
      PdfPTable table = new PdfPTable(signatures.lines().size());
      table.setWidthPercentage(100);
      table.setSpacingBefore(20);
      table.setKeepTogether(true);
      signatures.lines().forEach(line -> table.addCell(signatureCell(line)));
      return table;
    }
    throw new IllegalArgumentException("Unknown block " + block);
  }

  private PdfPCell signatureCell(Signature line) {
    String date = line.date() == null ? "日期：______年____月____日" : "日期：" + ChineseText.date(line.date());
    String text;
    if (line.seal()) {
      text = line.role() + "（盖章）\n" + date;
    } else if (line.name() != null) {
      text = line.role() + "：" + line.name() + "\n签字：______________\n" + date;
    } else {
      text = line.role() + "（签字）：______________\n" + date;
    }
    var phrase = new Phrase(LEADING, text, body());
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPaddingBottom(12);
    cell.setHorizontalAlignment(line.seal() ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
    return cell;
  }

  private static PdfPTable table(float[] widths) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setSpacingBefore(6);
    table.setSpacingAfter(8);
    return table;
  }

  private PdfPCell cell(String text, Color background) {
    PdfPCell cell = new PdfPCell(new Phrase(BODY * 1.4f, text, new Font(fonts.font(), 10.5f)));
    cell.setPadding(5);
    cell.setBorderColor(Color.GRAY);
    if (background != null) {
      cell.setBackgroundColor(background);
    }
    return cell;
  }

  private Font body() {
    return new Font(fonts.font(), BODY);
  }

  /** "issuer  第 n 页 共 m 页" at the foot of every page; m is written into a template when the document closes. */
  private static final class Footer extends PdfPageEventHelper {

    private static final float SIZE = 9;

    private final BaseFont font;
    private final String text;
    private PdfTemplate total;

    Footer(BaseFont font, String text) {
      this.font = font;
      this.text = text;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
      total = writer.getDirectContent().createTemplate(40, 16);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
      PdfContentByte canvas = writer.getDirectContent();
      float y = document.bottom() - 28;
      String before = "第 " + writer.getPageNumber() + " 页 共 ";
      float beforeWidth = font.getWidthPoint(before, SIZE);
      float totalWidth = font.getWidthPoint("99 页", SIZE);
      float x = (document.left() + document.right()) / 2 - (beforeWidth + totalWidth) / 2;
      canvas.beginText();
      canvas.setFontAndSize(font, SIZE);
      canvas.setTextMatrix(x, y);
      canvas.showText(before);
      canvas.endText();
      canvas.addTemplate(total, x + beforeWidth, y);
      if (text != null) {
        canvas.beginText();
        canvas.setFontAndSize(font, SIZE);
        canvas.setTextMatrix(document.left(), y - 14);
        canvas.showText(text);
        canvas.endText();
      }
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
      total.beginText();
      total.setFontAndSize(font, SIZE);
      total.setTextMatrix(0, 0);
      total.showText((writer.getPageNumber() - 1) + " 页");
      total.endText();
    }
  }
}
