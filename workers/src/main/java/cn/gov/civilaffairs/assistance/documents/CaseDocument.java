package cn.gov.civilaffairs.assistance.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a generated document says, independent of how it is rendered: a title, an optional document number, and
 * blocks in reading order. Every page gets a footer with the issuer and "第 n 页 共 m 页".
 */
public record CaseDocument(String title, String documentNumber, String footer, List<Block> blocks) {

  public CaseDocument {
    blocks = List.copyOf(blocks);
  }

  public sealed interface Block {}

  /** A section heading. */
  public record Heading(String text) implements Block {}

  /** The addressee of a letter (张三：), flush left. */
  public record Salutation(String addressee) implements Block {}

  /** A paragraph of running text, first line indented as in official letters. */
  public record Paragraph(String text) implements Block {}

  /** Label and value rows, e.g. 申请人 / 张三. */
  public record KeyValues(List<KeyValue> rows) implements Block {}

  public record KeyValue(String key, String value) {}

  /** A table with a header row; every row has as many cells as the header. */
  public record Table(List<String> header, List<List<String>> rows) implements Block {

    public Table {
      for (List<String> row : rows) {
        if (row.size() != header.size()) {
          throw new IllegalArgumentException("Row " + row + " does not match header " + header);
        }
      }
    }
  }

  /** Items numbered 1., 2., ... */
  public record NumberedList(List<String> items) implements Block {}

  /** Signature or seal lines side by side, each with its date line. */
  public record Signatures(List<Signature> lines) implements Block {}

  /**
   * One signature line: who signs ({@code role}, e.g. 调查人), the printed name if known, whether a seal goes there,
   * and the date (blank date line when unknown, to be filled in by hand).
   */
  public record Signature(String role, String name, boolean seal, LocalDate date) {

    /** A line to sign by hand; {@code name} and {@code date} printed when known, else left blank. */
    public static Signature signedBy(String role, String name, LocalDate date) {
      return new Signature(role, name, false, date);
    }

    public static Signature sealOf(String issuer, LocalDate date) {
      return new Signature(issuer, null, true, date);
    }
  }

  public static Builder titled(String title) {
    return new Builder(title);
  }

  /** Builds a document block by block. */
  public static final class Builder {

    private final String title;
    private String documentNumber;
    private String footer;
    private final List<Block> blocks = new ArrayList<>();

    private Builder(String title) {
      this.title = title;
    }

    public Builder number(String documentNumber) {
      this.documentNumber = documentNumber;
      return this;
    }

    public Builder footer(String footer) {
      this.footer = footer;
      return this;
    }

    public Builder heading(String text) {
      blocks.add(new Heading(text));
      return this;
    }

    public Builder to(String addressee) {
      blocks.add(new Salutation(addressee));
      return this;
    }

    public Builder paragraph(String text) {
      blocks.add(new Paragraph(text));
      return this;
    }

    public Builder keyValues(KeyValue... rows) {
      blocks.add(new KeyValues(List.of(rows)));
      return this;
    }

    public Builder table(List<String> header, List<List<String>> rows) {
      blocks.add(new Table(header, rows));
      return this;
    }

    public Builder numbered(List<String> items) {
      blocks.add(new NumberedList(items));
      return this;
    }

    public Builder signatures(Signature... lines) {
      blocks.add(new Signatures(List.of(lines)));
      return this;
    }

    public CaseDocument build() {
      return new CaseDocument(title, documentNumber, footer, blocks);
    }
  }

  public static KeyValue row(String key, String value) {
    return new KeyValue(key, value == null ? "" : value);
  }
}
