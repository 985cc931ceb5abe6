package dev.surql.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The CPU time spent so far by this JVM (every thread: the benchmark's own, HTTP, the JIT compiler
 * and the garbage collector) and by the processes it started, which is where the embedded engine
 * runs. Read before and after an iteration, the two say where its time went: on the Java side or in
 * the engine. Each is empty where the platform does not tell: the JVM's needs {@code
 * com.sun.management}, the child processes' need Linux's {@code /proc}.
 */
final class CpuClock {

  /** Linux reports process times in clock ticks of 1/100 s on every platform the JDK runs on. */
  private static final long NANOS_PER_TICK = 10_000_000L;

  private CpuClock() {}

  /** The CPU time of this JVM so far. */
  static Optional<Duration> jvm() {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      long nanos = sun.getProcessCpuTime();
      return nanos < 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos));
    }
    return Optional.empty();
  }

  /**
   * The CPU time of this JVM's child processes and theirs (user and system), summed over those
   * alive now; empty when there are none or {@code /proc} cannot be read.
   */
  static Optional<Duration> children() {
    long ticks = 0;
    boolean any = false;
    for (ProcessHandle child : ProcessHandle.current().descendants().toList()) {
      Optional<Long> used = ticks(child.pid());
      if (used.isPresent()) {
        ticks += used.get();
        any = true;
      }
    }
    return any ? Optional.of(Duration.ofNanos(ticks * NANOS_PER_TICK)) : Optional.empty();
  }

  /** utime + stime of a process from {@code /proc/<pid>/stat} (fields 14 and 15). */
  private static Optional<Long> ticks(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // the command name (field 2) is in parentheses and may hold spaces: count after its end
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Optional.of(Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
