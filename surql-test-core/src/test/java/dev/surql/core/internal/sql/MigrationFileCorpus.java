package dev.surql.core.internal.sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every {@code .surql} migration file kept in the project's sources (examples, fixtures and the
 * real-world corpus of every module), one text per {@code -- @up} / {@code -- @down} section, or
 * per file when it has no sections (paired up and down files).
 */
final class MigrationFileCorpus {

  private static final Pattern SECTION = Pattern.compile("(?im)^[ \\t]*--[ \\t]*@(up|down)\\b.*$");

  private MigrationFileCorpus() {}

  /** The sections of every {@code .surql} file under a {@code src} folder below {@code root}. */
  static List<CorpusText> under(Path root) {
    List<CorpusText> texts = new ArrayList<>();
    for (Path file : files(root)) {
      String content = read(file).replace("\uFEFF", "");
      String name = root.relativize(file).toString().replace('\\', '/');
      Matcher marker = SECTION.matcher(content);
      List<int[]> starts = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      while (marker.find()) {
        starts.add(new int[] {marker.start(), marker.end()});
        labels.add(marker.group(1).toLowerCase(java.util.Locale.ROOT));
      }
      if (starts.isEmpty()) {
        texts.add(CorpusText.migration(name, content));
        continue;
      }
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : content.length();
        texts.add(
            CorpusText.migration(
                name + " @" + labels.get(i), content.substring(starts.get(i)[1], end)));
      }
    }
    return texts;
  }

  private static List<Path> files(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".surql"))
          .filter(
              p -> {
                String path = root.relativize(p).toString().replace('\\', '/');
                return path.contains("/src/")
                    && !path.contains("/target/")
                    && !path.startsWith(".");
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the migration files under " + root, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
