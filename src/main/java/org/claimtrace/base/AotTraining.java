package org.claimtrace.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * The training run of Java's AOT cache ({@code scripts/aot-jar.sh}, decision 008), switched on by
 * {@code claimtrace.aot-training=true} and never otherwise. Once the app is ready (administrator made, seeds loaded,
 * match index built) it waits for the background models, asks itself for its health and the login page as a load
 * balancer and a first visitor would (health is answered UP only then: readiness is part of it), and closes: the JVM then exits normally and writes a cache that holds the
 * classes and method profiles of the whole start and of the first requests, not only of the context's refresh.
 */
@Component
class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    private static final List<String> FIRST_REQUESTS = List.of(
            "/actuator/health", "/login", "/?v-r=init&location=login", "/actuator/health");

    private final BackgroundModels models;
    private final boolean training;

    // Read when the app runs rather than a condition on the bean: a condition would be fixed at build time under
    // Spring AOT.
    AotTraining(BackgroundModels models, @Value("${claimtrace.aot-training:false}") boolean training) {
        this.models = models;
        this.training = training;
    }

    /** After the ready listeners (the app is then ready for traffic, as in production), on a thread of its own. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE)
    void visitThenClose(ApplicationReadyEvent ready) {
        if (!training) {
            return;
        }
        var context = ready.getApplicationContext();
        Thread.ofPlatform().name("aot-training").start(() -> {
            models.awaitAll();
            if (context instanceof WebServerApplicationContext web) {
                visit(web.getWebServer().getPort());
            }
            ((ConfigurableApplicationContext) context).close();
        });
    }

    private static void visit(int port) {
        var client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        for (var path : FIRST_REQUESTS) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60)).build();
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.discarding());
                log.info("AOT training: {} answered {}", path, response.statusCode());
            } catch (IOException e) {
                log.warn("AOT training: {} failed: {}", path, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
