package dev.surql.assertj;

import static dev.surql.assertj.error.ShouldHaveIndexColumns.shouldHaveIndexColumns;
import static dev.surql.assertj.error.ShouldHaveIndexKind.shouldHaveIndexKind;

import dev.surql.assertj.presentation.SurqlRepresentation;
import dev.surql.core.snapshot.IndexKind;
import dev.surql.core.snapshot.IndexSchema;
import java.util.List;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.description.TextDescription;

/**
 * Assertions on one index of a table: its columns and kind (unique, full-text, vector…). Return
 * with {@link #returnToTable()} / {@link #returnToSnapshot()}.
 *
 * @param <SELF> the concrete assertion type, for chaining
 */
public abstract class AbstractIndexSchemaAssert<SELF extends AbstractIndexSchemaAssert<SELF>>
    extends AbstractAssert<SELF, IndexSchema> {

  private AbstractTableSchemaAssert<?> table;
  private String tableName = "?";

  protected AbstractIndexSchemaAssert(IndexSchema actual, Class<?> selfType) {
    super(actual, selfType);
    info.useRepresentation(SurqlRepresentation.SURQL_REPRESENTATION);
    if (actual != null) {
      info.description(new TextDescription("index %s", actual.name()));
    }
  }

  void navigatedFrom(AbstractTableSchemaAssert<?> parent, String tableName, String description) {
    this.table = parent;
    this.tableName = tableName;
    info.description(new TextDescription("%s", description));
  }

  /**
   * Verifies the indexed fields, exactly and in order.
   *
   * <pre>{@code
   * // DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
   * // DEFINE INDEX name_search ON user FIELDS name FULLTEXT ANALYZER ascii BM25;
   * // DEFINE INDEX embedding_idx ON user FIELDS embedding HNSW DIMENSION 3
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "email_idx").hasColumns("email");
   *
   * // assertion will fail
   * assertThat(snapshot).index("user", "email_idx").hasColumns("email", "name");
   * }</pre>
   */
  public SELF hasColumns(String... expected) {
    List<String> columns = Checks.names(expected, "columns");
    isNotNull();
    if (!actual.columns().equals(columns)) {
      throwAssertionError(shouldHaveIndexColumns(tableName, actual, columns));
    }
    return myself;
  }

  /**
   * Verifies that the index is {@code UNIQUE}.
   *
   * <pre>{@code
   * // DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
   * // DEFINE INDEX name_search ON user FIELDS name FULLTEXT ANALYZER ascii BM25;
   * // DEFINE INDEX embedding_idx ON user FIELDS embedding HNSW DIMENSION 3
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "email_idx").isUnique();
   *
   * // assertion will fail
   * assertThat(snapshot).index("user", "name_search").isUnique();
   * }</pre>
   */
  public SELF isUnique() {
    return hasKind(IndexKind.UNIQUE);
  }

  /**
   * Verifies that the index is a full-text index ({@code FULLTEXT} / {@code SEARCH ANALYZER}).
   *
   * <pre>{@code
   * // DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
   * // DEFINE INDEX name_search ON user FIELDS name FULLTEXT ANALYZER ascii BM25;
   * // DEFINE INDEX embedding_idx ON user FIELDS embedding HNSW DIMENSION 3
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "name_search").isFullText();
   *
   * // assertion will fail
   * assertThat(snapshot).index("user", "email_idx").isFullText();
   * }</pre>
   */
  public SELF isFullText() {
    return hasKind(IndexKind.FULLTEXT);
  }

  /**
   * Verifies that the index is a vector index ({@code HNSW} / {@code MTREE}).
   *
   * <pre>{@code
   * // DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
   * // DEFINE INDEX name_search ON user FIELDS name FULLTEXT ANALYZER ascii BM25;
   * // DEFINE INDEX embedding_idx ON user FIELDS embedding HNSW DIMENSION 3
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "embedding_idx").isVector();
   *
   * // assertion will fail
   * assertThat(snapshot).index("user", "email_idx").isVector();
   * }</pre>
   */
  public SELF isVector() {
    return hasKind(IndexKind.VECTOR);
  }

  /**
   * Verifies the index's kind.
   *
   * <pre>{@code
   * // DEFINE INDEX email_idx ON user FIELDS email UNIQUE;
   * // DEFINE INDEX name_search ON user FIELDS name FULLTEXT ANALYZER ascii BM25;
   * // DEFINE INDEX embedding_idx ON user FIELDS embedding HNSW DIMENSION 3
   * SchemaSnapshot snapshot = …;
   *
   * // assertion will pass
   * assertThat(snapshot).index("user", "email_idx").hasKind(IndexKind.UNIQUE);
   *
   * // assertion will fail
   * assertThat(snapshot).index("user", "email_idx").hasKind(IndexKind.STANDARD);
   * }</pre>
   */
  public SELF hasKind(IndexKind expected) {
    Checks.notNull(expected, "index kind");
    isNotNull();
    if (actual.kind() != expected) {
      throwAssertionError(shouldHaveIndexKind(tableName, actual, expected));
    }
    return myself;
  }

  /**
   * Returns to the table assertion this index was navigated from.
   *
   * @throws IllegalStateException if this assertion was not created by {@code table.index(…)}
   */
  public AbstractTableSchemaAssert<?> returnToTable() {
    if (table == null) {
      throw new IllegalStateException(
          "This index assertion was created directly, not with assertThat(snapshot).table(t).index(i): there is no table to return to");
    }
    return table;
  }

  /** Returns to the snapshot assertion the table of this index was navigated from. */
  public AbstractSchemaSnapshotAssert<?> returnToSnapshot() {
    return returnToTable().returnToSnapshot();
  }
}
