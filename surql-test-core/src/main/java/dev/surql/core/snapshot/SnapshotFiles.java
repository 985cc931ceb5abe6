package dev.surql.core.snapshot;

import dev.surql.core.ErrorCode;
import dev.surql.core.SurqlException;
import dev.surql.core.internal.snapshot.SnapshotJson;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Exports snapshots to and imports them from JSON files in the {@code SnapshotJson} format (UTF-8,
 * pretty-printed, ending with a line break), for keeping them in version control or comparing
 * schemas across environments. {@code read(write(s, path))} equals {@code s}; a file whose schema
 * was edited without its checksum is rejected.
 */
public final class SnapshotFiles {

  private SnapshotFiles() {}

  /**
   * Writes the snapshot to {@code file}, creating missing parent directories and replacing an
   * existing file.
   *
   * @return {@code file}
   * @throws SurqlException {@link ErrorCode#SNAPSHOT_INVALID} if the file cannot be written
   */
  public static Path write(SchemaSnapshot snapshot, Path file) {
    Objects.requireNonNull(snapshot, "snapshot");
    Objects.requireNonNull(file, "file");
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, SnapshotJson.toJson(snapshot) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Cannot write snapshot "
              + snapshot.version()
              + " to "
              + file.toAbsolutePath()
              + ": "
              + e
              + ". Check that the directory is writable.",
          e);
    }
  }

  /**
   * Reads a snapshot from {@code file}.
   *
   * @throws SurqlException {@link ErrorCode#SNAPSHOT_INVALID} naming the file if it does not exist,
   *     cannot be read, is not a valid snapshot, or its checksum does not match its schema (both
   *     checksums are in the message)
   */
  public static SchemaSnapshot read(Path file) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Snapshot file " + file.toAbsolutePath() + " does not exist.",
          e);
    } catch (CharacterCodingException e) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Snapshot file " + file.toAbsolutePath() + " is invalid: it is not UTF-8 text.",
          e);
    } catch (IOException e) {
      throw new SurqlException(
          ErrorCode.SNAPSHOT_INVALID,
          "Cannot read snapshot file " + file.toAbsolutePath() + ": " + e,
          e);
    }
    return SnapshotJson.fromJson(text, "file " + file.toAbsolutePath());
  }
}
