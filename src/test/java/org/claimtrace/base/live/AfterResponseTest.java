package org.claimtrace.base.live;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongConsumer;

import static org.assertj.core.api.Assertions.assertThat;

/** A change made in an HTTP request reaches the other views once the request has been answered; elsewhere at once. */
class AfterResponseTest {

    @Test
    void aChangePublishedInARequestIsDeliveredOnlyAfterTheRequestsAnswerIsWritten() throws Exception {
        var events = new CopyOnWriteArrayList<String>();
        try (var broadcaster = new LocalBroadcaster()) {
            LongConsumer listener = id -> events.add("delivered " + id);
            broadcaster.subscribe("article", listener);
            var servlet = new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    broadcaster.publish("article", 7);
                    // the delivery runs on a thread of its own: give it every chance to run too early
                    sleep();
                    events.add("answered");
                    response.getWriter().write("{\"id\":7}");
                }
            };
            new AfterResponse().doFilter(new MockHttpServletRequest("POST", "/api/articles/1/annotations"),
                    new MockHttpServletResponse(), new MockFilterChain(servlet));
            org.awaitility.Awaitility.await().until(() -> events.size() == 2);
            assertThat(events).containsExactly("answered", "delivered 7");
        }
    }

    @Test
    void aChangePublishedOutsideARequestIsDeliveredAtOnce() {
        var delivered = new CopyOnWriteArrayList<Long>();
        try (var broadcaster = new LocalBroadcaster()) {
            broadcaster.subscribe("article", delivered::add);
            broadcaster.publish("article", 9);
            org.awaitility.Awaitility.await().until(() -> !delivered.isEmpty());
            assertThat(delivered).isEqualTo(List.of(9L));
        }
    }

    @Test
    void aDeliveryThatFailsDoesNotStopTheOthersOrTheAnswer() throws Exception {
        var ran = new CopyOnWriteArrayList<String>();
        var response = new MockHttpServletResponse();
        var servlet = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse answer) throws IOException {
                AfterResponse.deliver(() -> {
                    throw new IllegalStateException("a broken delivery");
                });
                AfterResponse.deliver(() -> ran.add("second"));
                answer.getWriter().write("ok");
            }
        };
        new AfterResponse().doFilter(new MockHttpServletRequest("PUT", "/api/x"), response, new MockFilterChain(servlet));
        assertThat(ran).containsExactly("second");
        assertThat(response.getContentAsString()).isEqualTo("ok");
        // and the thread holds nothing afterwards: the next change outside a request is delivered at once
        var after = new CopyOnWriteArrayList<String>();
        AfterResponse.deliver(() -> after.add("now"));
        assertThat(after).containsExactly("now");
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
