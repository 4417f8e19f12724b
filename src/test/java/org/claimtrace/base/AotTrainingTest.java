package org.claimtrace.base;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.ConfigurableWebServerApplicationContext;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.never;

class AotTrainingTest {

    private final HttpServer server;
    private final List<String> asked = new CopyOnWriteArrayList<>();

    AotTrainingTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            asked.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void theTrainingRunLoadsTheModelsAsksForHealthAndTheLoginPageThenClosesTheApp() throws Exception {
        var models = new BackgroundModels(Duration.ofSeconds(30));
        var modelLoaded = new AtomicBoolean();
        models.register("a model", () -> {
            modelLoaded.set(true);
            return "model";
        });
        var webServer = mock(WebServer.class);
        when(webServer.getPort()).thenReturn(server.getAddress().getPort());
        var context = mock(ConfigurableWebServerApplicationContext.class);
        when(context.getWebServer()).thenReturn(webServer);
        var closed = new CountDownLatch(1);
        var askedWhenClosed = new CopyOnWriteArrayList<String>();
        var loadedWhenClosed = new AtomicBoolean();
        doAnswer(invocation -> {
            askedWhenClosed.addAll(asked);
            loadedWhenClosed.set(modelLoaded.get());
            closed.countDown();
            return null;
        }).when(context).close();

        new AotTraining(models, true).visitThenClose(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        assertThat(closed.await(30, TimeUnit.SECONDS)).as("the app closes by itself").isTrue();
        assertThat(loadedWhenClosed).as("models loaded before closing").isTrue();
        assertThat(askedWhenClosed).containsExactly(
                "/actuator/health", "/login", "/?v-r=init&location=login", "/actuator/health");
        models.destroy();
    }

    @Test
    void withoutTheSwitchAnOrdinaryStartNeitherAsksNorCloses() throws Exception {
        var models = new BackgroundModels(Duration.ofSeconds(30));
        var context = mock(ConfigurableWebServerApplicationContext.class);

        new AotTraining(models, false).visitThenClose(new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO));

        Thread.sleep(200);
        assertThat(asked).isEmpty();
        verify(context, never()).close();
        models.destroy();
    }
}
