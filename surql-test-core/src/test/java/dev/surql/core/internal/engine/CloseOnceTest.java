package dev.surql.core.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CloseOnceTest {

  @Test
  void a_second_caller_waits_until_the_first_has_finished_closing() throws Exception {
    CloseOnce closing = new CloseOnce();
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch inAction = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread first =
        new Thread(
            () ->
                closing.close(
                    () -> {
                      runs.incrementAndGet();
                      inAction.countDown();
                      await(release);
                    }));
    first.start();
    assertThat(inAction.await(10, TimeUnit.SECONDS)).isTrue();

    Thread second = new Thread(() -> closing.close(runs::incrementAndGet));
    second.start();
    waitUntilWaiting(second);

    assertThat(second.isAlive())
        .as("the second close() returned while the first was still closing")
        .isTrue();
    release.countDown();
    first.join(10_000);
    second.join(10_000);
    assertThat(second.isAlive()).isFalse();
    assertThat(runs).hasValue(1);
    assertThat(closing.isClosing()).isTrue();
  }

  @Test
  void a_close_that_reaches_itself_again_returns_instead_of_waiting_for_itself() {
    CloseOnce closing = new CloseOnce();
    AtomicInteger runs = new AtomicInteger();

    closing.close(
        () -> {
          runs.incrementAndGet();
          closing.close(runs::incrementAndGet);
        });
    closing.close(runs::incrementAndGet);

    assertThat(runs).hasValue(1);
  }

  @Test
  void a_failing_close_is_reported_to_its_caller_and_not_run_again() {
    CloseOnce closing = new CloseOnce();

    assertThatIllegalStateException()
        .isThrownBy(
            () ->
                closing.close(
                    () -> {
                      throw new IllegalStateException("cannot stop");
                    }))
        .withMessage("cannot stop");
    closing.close(
        () -> {
          throw new AssertionError("ran twice");
        });
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void waitUntilWaiting(Thread thread) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (thread.getState() != Thread.State.WAITING
        && thread.isAlive()
        && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
  }
}
