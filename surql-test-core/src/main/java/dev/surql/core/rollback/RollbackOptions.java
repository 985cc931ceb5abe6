package dev.surql.core.rollback;

import dev.surql.core.migration.MigrationListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How {@link RollbackExecutor} executes a {@link RollbackPlan}: whether a plan that loses data may
 * run ({@link #withForce(boolean)}) and whether to execute nothing at all ({@link
 * #withDryRun(boolean)}), and who is told about each migration rolled back ({@link
 * #withListener(MigrationListener)}). Immutable; every {@code withX} returns a new instance.
 *
 * <pre>{@code
 * RollbackExecutor.executeRollback(client, plan, RollbackOptions.defaults().withForce(true));
 * }</pre>
 */
public final class RollbackOptions {
  private static final RollbackOptions DEFAULTS = new RollbackOptions(false, false, List.of());

  private final boolean force;
  private final boolean dryRun;
  private final List<MigrationListener> listeners;

  private RollbackOptions(boolean force, boolean dryRun, List<MigrationListener> listeners) {
    this.force = force;
    this.dryRun = dryRun;
    this.listeners = List.copyOf(listeners);
  }

  /** Not forced, not a dry run: a plan that is not SAFE is refused, a SAFE one is executed. */
  public static RollbackOptions defaults() {
    return DEFAULTS;
  }

  /** These options, accepting ({@code true}) or refusing a plan that is DATA_LOSS or UNSAFE. */
  public RollbackOptions withForce(boolean force) {
    return new RollbackOptions(force, dryRun, listeners);
  }

  /** These options, executing nothing and returning the planned versions ({@code true}). */
  public RollbackOptions withDryRun(boolean dryRun) {
    return new RollbackOptions(force, dryRun, listeners);
  }

  /**
   * These options, also calling {@code listener} before and after each migration's down (after the
   * listeners already registered), as {@link dev.surql.core.migration.Migrator} does.
   */
  public RollbackOptions withListener(MigrationListener listener) {
    Objects.requireNonNull(listener, "listener");
    List<MigrationListener> all = new ArrayList<>(listeners);
    all.add(listener);
    return new RollbackOptions(force, dryRun, all);
  }

  /** The listeners told about each migration rolled back, in the order they were added. */
  public List<MigrationListener> listeners() {
    return listeners;
  }

  /** Whether a plan that is DATA_LOSS or UNSAFE is accepted. */
  public boolean force() {
    return force;
  }

  /** Whether nothing is executed: the result lists the planned versions. */
  public boolean dryRun() {
    return dryRun;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RollbackOptions o
        && o.force == force
        && o.dryRun == dryRun
        && o.listeners.equals(listeners);
  }

  @Override
  public int hashCode() {
    return Objects.hash(force, dryRun, listeners);
  }

  @Override
  public String toString() {
    return "RollbackOptions[force="
        + force
        + ", dryRun="
        + dryRun
        + ", listeners="
        + listeners.size()
        + "]";
  }
}
