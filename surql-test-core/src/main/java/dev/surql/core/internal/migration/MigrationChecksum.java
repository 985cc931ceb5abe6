package dev.surql.core.internal.migration;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The checksums surql-test stores for migrations: lower-case hex SHA-256 of the UTF-8 content with
 * CRLF and CR line endings turned into LF first, so a file checked out on Windows and on Linux has
 * the same checksum.
 */
public final class MigrationChecksum {

  private MigrationChecksum() {}

  /** The checksum of a single migration file's content. */
  public static String of(String content) {
    return sha256(normalize(Objects.requireNonNull(content, "content")));
  }

  /** The checksum of a paired up file and {@code .down.surql} file. */
  public static String ofPair(String up, String down) {
    return sha256(normalize(up) + "\n-- @down\n" + normalize(down));
  }

  /**
   * The checksum of a Java migration: its up statements joined with {@code \n}, followed, if it has
   * a down, by {@code \n-- @down\n} and the down statements joined the same way (as for paired
   * files).
   */
  public static String ofStatements(List<String> up, java.util.Optional<List<String>> down) {
    String content = String.join("\n", up);
    if (down.isPresent()) {
      content += "\n-- @down\n" + String.join("\n", down.get());
    }
    return sha256(normalize(content));
  }

  /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}, as it is. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-256", e);
    }
  }

  public static String normalize(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }
}
