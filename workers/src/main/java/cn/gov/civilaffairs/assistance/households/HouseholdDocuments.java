package cn.gov.civilaffairs.assistance.households;

import cn.gov.civilaffairs.assistance.api.Digests;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded documents of a household, kept in the database with their SHA-256. The type is sniffed from the
 * content (PDF, JPEG, PNG only); the client's claimed type and file name extension are not trusted.
 */
@Component
class HouseholdDocuments {

  static final long MAX_BYTES = 10L * 1024 * 1024;

  private final JdbcTemplate jdbc;
  private final Clock clock;

  HouseholdDocuments(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public record DocumentView(Long id, String kind, String fileName, String contentType, long sizeBytes,
      String sha256, Instant uploadedAt) {}

  public record Content(String fileName, String contentType, byte[] bytes) {}

  DocumentView store(long householdId, String kind, String fileName, byte[] bytes, String contentType) {
    String sha256 = Digests.sha256(bytes);
    Instant now = clock.instant();
    var keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("""
          insert into household_documents (household_id, kind, file_name, content_type, size_bytes, sha256,
            content, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", new String[] {"id"});
      statement.setLong(1, householdId);
      statement.setString(2, kind);
      statement.setString(3, fileName);
      statement.setString(4, contentType);
      statement.setLong(5, bytes.length);
      statement.setString(6, sha256);
      statement.setBytes(7, bytes);
      statement.setTimestamp(8, Timestamp.from(now));
      return statement;
    }, keys);
    return new DocumentView(keys.getKey().longValue(), kind, fileName, contentType, bytes.length, sha256, now);
  }

  List<DocumentView> list(long householdId) {
    return jdbc.query("""
        select id, kind, file_name, content_type, size_bytes, sha256, uploaded_at from household_documents
        where household_id = ? order by id""",
        (rs, i) -> new DocumentView(rs.getLong("id"), rs.getString("kind"), rs.getString("file_name"),
            rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
            rs.getTimestamp("uploaded_at").toInstant()),
        householdId);
  }

  Optional<Content> content(long householdId, long documentId) {
    return jdbc.query("""
        select file_name, content_type, content from household_documents where household_id = ? and id = ?""",
        (rs, i) -> new Content(rs.getString(1), rs.getString(2), rs.getBytes(3)), householdId, documentId)
        .stream().findFirst();
  }

  /** The content type by magic number, or empty for anything but PDF, JPEG and PNG. */
  static Optional<String> sniff(byte[] bytes) {
    if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
      return Optional.of("application/pdf");
    }
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... magic) {
    if (bytes.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((bytes[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
