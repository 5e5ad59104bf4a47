package cn.gov.civilaffairs.assistance.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Until named users arrive, the engine's REST API and webapps (Cockpit, Tasklist, Admin) sit behind one HTTP
 * basic account configured by {@code app.engine-admin.*}. Without a configured password they are closed to all.
 * There is no default password.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  static final String ENGINE_ADMIN = "ENGINE_ADMIN";

  @Bean
  SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
    http
        .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**", "/engine-rest/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers("/engine-rest/**", "/operaton/**").hasRole(ENGINE_ADMIN)
            .anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  InMemoryUserDetailsManager engineAdmins(
      @Value("${app.engine-admin.username}") String username,
      @Value("${app.engine-admin.password:}") String password,
      PasswordEncoder encoder) {
    List<UserDetails> users = new ArrayList<>();
    if (!password.isBlank()) {
      users.add(User.withUsername(username).password(encoder.encode(password)).roles(ENGINE_ADMIN).build());
    }
    return new InMemoryUserDetailsManager(users);
  }
}
