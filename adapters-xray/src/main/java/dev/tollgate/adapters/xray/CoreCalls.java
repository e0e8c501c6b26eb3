package dev.tollgate.adapters.xray;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ClientCalls;
import java.util.concurrent.TimeUnit;

/**
 * Blocking unary calls on one core's channel: every attempt carries the deadline, and only UNAVAILABLE and
 * DEADLINE_EXCEEDED are tried again, with exponential backoff. Answers from the core (UNKNOWN with its error text,
 * NOT_FOUND, ...) are never retried. Throws the last {@link StatusRuntimeException}; callers translate it.
 */
final class CoreCalls {

    private final ManagedChannel channel;
    private final CallPolicy policy;
    private final Retry retry;
    private final java.util.concurrent.atomic.AtomicLong connectionsLost = new java.util.concurrent.atomic.AtomicLong();

    CoreCalls(String name, ManagedChannel channel, CallPolicy policy) {
        this.channel = channel;
        this.policy = policy;
        this.retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(policy.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(policy.initialBackoff(), 2.0))
                .retryOnException(CoreCalls::isTransient)
                .build());
        watch(channel.getState(false));
    }

    /**
     * How often the connection to the core was lost (the channel left READY): a core that restarts always drops it,
     * however soon after its previous start, when its uptime alone cannot tell the two processes apart.
     */
    long connectionsLost() {
        return connectionsLost.get();
    }

    private void watch(io.grpc.ConnectivityState seen) {
        channel.notifyWhenStateChanged(seen, () -> {
            io.grpc.ConnectivityState now = channel.getState(false);
            if (seen == io.grpc.ConnectivityState.READY && now != io.grpc.ConnectivityState.READY) {
                connectionsLost.incrementAndGet();
            }
            if (now != io.grpc.ConnectivityState.SHUTDOWN) {
                watch(now);
            }
        });
    }

    static boolean isTransient(Throwable failure) {
        if (failure instanceof StatusRuntimeException e) {
            Status.Code code = e.getStatus().getCode();
            return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED;
        }
        return false;
    }

    <Q, R> R call(MethodDescriptor<Q, R> method, Q request) {
        return retry.executeSupplier(() -> attempt(method, request));
    }

    private <Q, R> R attempt(MethodDescriptor<Q, R> method, Q request) {
        try {
            return ClientCalls.blockingUnaryCall(channel, method,
                    CallOptions.DEFAULT.withDeadlineAfter(policy.deadline().toMillis(), TimeUnit.MILLISECONDS), request);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {
                // A restarted core is back long before gRPC's own reconnect backoff (up to two minutes) expires.
                channel.resetConnectBackoff();
            }
            throw e;
        }
    }

    void close() {
        channel.shutdown();
        try {
            if (!channel.awaitTermination(2, TimeUnit.SECONDS)) {
                channel.shutdownNow();
            }
        } catch (InterruptedException e) {
            channel.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
