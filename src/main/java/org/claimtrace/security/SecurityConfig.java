package org.claimtrace.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.claimtrace.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

@Configuration
// Pre/post annotations only: JSR-250 here would proxy the views, whose @RolesAllowed Vaadin checks itself.
@EnableMethodSecurity
class SecurityConfig {

    @Bean
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        // Load balancers and scripts probe health without a login; nothing else of Actuator is exposed.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/health", "/actuator/health/**").permitAll());
        // Our stylesheets are needed by the login page too.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
