package dev.surql.core.internal.engine;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Makes a {@code close()} atomic: the first caller runs the closing action, every other caller
 * (concurrent or later) waits until it has finished and then returns, so that whoever sees {@code
 * close()} return knows the resource is closed. A call from the closing thread itself (a close that
 * reaches itself again) returns at once instead of waiting for itself.
 */
public final class CloseOnce {
  private final AtomicReference<Thread> closer = new AtomicReference<>();
  private final CountDownLatch closed = new CountDownLatch(1);

  /**
   * Runs {@code action} if nobody has before; otherwise waits until the first call has finished.
   */
  public void close(Runnable action) {
    Thread current = Thread.currentThread();
    if (closer.compareAndSet(null, current)) {
      try {
        action.run();
      } finally {
        closed.countDown();
      }
      return;
    }
    if (closer.get() == current) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        closed.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      current.interrupt();
    }
  }

  /** Whether closing has begun. */
  public boolean isClosing() {
    return closer.get() != null;
  }
}
