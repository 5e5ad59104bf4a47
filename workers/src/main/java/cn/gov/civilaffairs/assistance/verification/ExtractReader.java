package cn.gov.civilaffairs.assistance.verification;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Streams the rows of an extract, CSV (UTF-8, header row) or XLSX (first sheet), to a handler without holding
 * the file in memory. Lines are numbered as the department sees them: the header is line 1.
 */
final class ExtractReader {

  interface RowHandler {
    void header(List<String> names);

    void row(int line, List<String> cells);
  }

  /** The file is neither readable CSV in UTF-8 nor an XLSX workbook. */
  static final class UnreadableException extends Exception {
    final String code;

    UnreadableException(String code, Throwable cause) {
      super(code, cause);
      this.code = code;
    }
  }

  private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

  private ExtractReader() {}

  /** Reads the file; returns whether it had a header row at all. */
  static boolean read(InputStream content, RowHandler handler) throws IOException, UnreadableException {
    BufferedInputStream in = new BufferedInputStream(content);
    in.mark(4);
    byte[] start = in.readNBytes(4);
    in.reset();
    if (java.util.Arrays.equals(start, ZIP_MAGIC)) {
      return readXlsx(in, handler);
    }
    return readCsv(in, handler);
  }

  private static boolean readCsv(InputStream in, RowHandler handler) throws UnreadableException {
    // A file in GBK or another encoding must fail, not import garbled names.
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setTrim(true).get();
    boolean headerSeen = false;
    try (CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (records.hasNext()) {
        CSVRecord record = records.next();
        List<String> cells = record.toList();
        if (!headerSeen) {
          if (!cells.isEmpty()) {
            cells.set(0, cells.get(0).replace("\uFEFF", "").trim());
          }
          handler.header(cells);
          headerSeen = true;
        } else if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
          handler.row((int) record.getRecordNumber(), cells);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      throw new UnreadableException(cause instanceof java.nio.charset.CharacterCodingException
          ? "EXTRACT_NOT_UTF8_CSV" : "EXTRACT_MALFORMED_CSV", e);
    } catch (IllegalStateException e) {
      // commons-csv reports an unterminated quote this way
      throw new UnreadableException("EXTRACT_MALFORMED_CSV", e);
    }
    return headerSeen;
  }

  private static boolean readXlsx(InputStream in, RowHandler handler) throws UnreadableException {
    SheetRows rows = new SheetRows(handler);
    try (OPCPackage workbook = OPCPackage.open(in)) {
      XSSFReader reader = new XSSFReader(workbook);
      Iterator<InputStream> sheets = reader.getSheetsData();
      if (!sheets.hasNext()) {
        return false;
      }
      XMLReader parser = XMLHelper.newXMLReader();
      parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
          new ReadOnlySharedStringsTable(workbook), rows, new PlainValues(), false));
      try (InputStream sheet = sheets.next()) {
        parser.parse(new InputSource(sheet));
      }
    } catch (Exception e) {
      throw new UnreadableException("EXTRACT_NOT_XLSX", e);
    }
    return rows.headerSeen;
  }

  /** Collects the cells of each row by column letter, so skipped empty cells keep their place. */
  private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;

    SheetRows(RowHandler handler) {
      this.handler = handler;
    }

    @Override
    public void startRow(int rowNum) {
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      int column = new CellReference(reference).getCol();
      while (cells.size() < column) {
        cells.add("");
      }
      cells.add(column, value == null ? "" : value.trim());
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.stream().allMatch(String::isEmpty)) {
        return;
      }
      if (!headerSeen) {
        headerSeen = true;
        handler.header(List.copyOf(cells));
      } else {
        handler.row(rowNum + 1, List.copyOf(cells));
      }
    }
  }

  /** Numbers as plain decimals (no thousands separators, no rounding to the display format), dates as ISO. */
  private static final class PlainValues extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return formatRawCellContents(value, formatIndex, formatString, false);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value, use1904).toLocalDate().toString();
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }
}
