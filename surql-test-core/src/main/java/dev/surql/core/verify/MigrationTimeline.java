package dev.surql.core.verify;

import dev.surql.core.snapshot.SchemaSnapshot;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schema's history as migrations were applied one by one: a snapshot before the first and after
 * every migration, with the step between each pair.
 *
 * @param initial the snapshot before the first migration of the timeline
 * @param steps one step per applied migration, in order
 */
public record MigrationTimeline(SchemaSnapshot initial, List<TimelineStep> steps) {

  public MigrationTimeline {
    Objects.requireNonNull(initial, "initial");
    steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
  }

  /** The step that applied a version. */
  public Optional<TimelineStep> step(String version) {
    return steps.stream().filter(s -> s.version().equals(version)).findFirst();
  }

  /** The snapshot after the last step (or the initial one if there are no steps). */
  public SchemaSnapshot current() {
    return steps.isEmpty() ? initial : steps.get(steps.size() - 1).after();
  }

  /** The snapshot right after a version was applied. */
  public Optional<SchemaSnapshot> after(String version) {
    return step(version).map(TimelineStep::after);
  }

  /** One verdict per step, in order, without round trips (a timeline only applies migrations). */
  public List<MigrationVerdict> verdicts() {
    return steps.stream().map(step -> MigrationVerdict.of(step)).toList();
  }

  public List<String> versions() {
    return steps.stream().map(TimelineStep::version).toList();
  }
}
