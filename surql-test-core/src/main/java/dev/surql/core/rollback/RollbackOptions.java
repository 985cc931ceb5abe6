package dev.surql.core.rollback;

import java.util.Objects;

/**
 * How {@link RollbackExecutor} executes a {@link RollbackPlan}: whether a plan that loses data may
 * run ({@link #withForce(boolean)}) and whether to execute nothing at all ({@link
 * #withDryRun(boolean)}). Immutable; every {@code withX} returns a new instance.
 *
 * <pre>{@code
 * RollbackExecutor.executeRollback(client, plan, RollbackOptions.defaults().withForce(true));
 * }</pre>
 */
public final class RollbackOptions {
  private static final RollbackOptions DEFAULTS = new RollbackOptions(false, false);

  private final boolean force;
  private final boolean dryRun;

  private RollbackOptions(boolean force, boolean dryRun) {
    this.force = force;
    this.dryRun = dryRun;
  }

  /** Not forced, not a dry run: a plan that is not SAFE is refused, a SAFE one is executed. */
  public static RollbackOptions defaults() {
    return DEFAULTS;
  }

  /** These options, accepting ({@code true}) or refusing a plan that is DATA_LOSS or UNSAFE. */
  public RollbackOptions withForce(boolean force) {
    return new RollbackOptions(force, dryRun);
  }

  /** These options, executing nothing and returning the planned versions ({@code true}). */
  public RollbackOptions withDryRun(boolean dryRun) {
    return new RollbackOptions(force, dryRun);
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
    return other instanceof RollbackOptions o && o.force == force && o.dryRun == dryRun;
  }

  @Override
  public int hashCode() {
    return Objects.hash(force, dryRun);
  }

  @Override
  public String toString() {
    return "RollbackOptions[force=" + force + ", dryRun=" + dryRun + "]";
  }
}
