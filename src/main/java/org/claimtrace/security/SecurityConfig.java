package org.claimtrace.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimtrace.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

@Configuration
// Pre/post annotations only: JSR-250 here would proxy the views, whose @RolesAllowed Vaadin checks itself.
@EnableMethodSecurity
class SecurityConfig {

    /**
     * The HTTP API for scripts: HTTP Basic with the password or a personal API token, no session, and so
     * no CSRF token (a browser never sends Basic credentials on its own here). Before the Vaadin chain,
     * which keeps its session, login form and CSRF protection. See docs/decisions/005-http-api.md.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, UserDetailsService users, PasswordEncoder passwordEncoder,
                                       ApiTokenVerifier tokens, LoginThrottle throttle, UserAccountService accounts,
                                       JsonMapper json) throws Exception {
        var errors = new ApiSecurityErrors(json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/docs", "/api/docs/**", "/api/docs.yaml").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(new ApiAuthenticationProvider(users, passwordEncoder, tokens, throttle, accounts)))
                .httpBasic(basic -> basic.realmName(ApiSecurityErrors.REALM).authenticationEntryPoint(errors))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(SecurityConfig::headers)
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    /** Spring Security's own header writers; the policy headers are set for every response in {@link SecurityHeaders}. */
    private static void headers(org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(frame -> frame.deny());
    }

    @Bean
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        // Load balancers and scripts probe health without a login; nothing else of Actuator is exposed.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Our stylesheets are needed by the login page too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        http.headers(SecurityConfig::headers);
        // An address that is no route: Vaadin's default refuses it outright (a bare 403, even to someone signed in);
        // signed-in people reach the router and its "page not found" view, others are sent to the login.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(url -> url.authenticated())).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
