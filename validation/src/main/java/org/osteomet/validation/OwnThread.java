package org.osteomet.validation;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Starts slow set-up work on a daemon thread of its own, so that it overlaps reading the first files. */
final class OwnThread {
    private OwnThread() {}

    /**
     * Starts the work and returns its future result.
     *
     * @param name the thread's name
     * @param work the work; a runtime exception or linkage error it throws completes the future exceptionally
     * @return the result, once the work is done
     */
    static <T> CompletableFuture<T> start(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(
                () -> {
                    try {
                        result.complete(work.get());
                    } catch (RuntimeException | LinkageError e) {
                        result.completeExceptionally(e);
                    }
                },
                name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
