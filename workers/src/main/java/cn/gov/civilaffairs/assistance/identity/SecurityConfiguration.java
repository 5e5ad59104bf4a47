package cn.gov.civilaffairs.assistance.identity;

import static cn.gov.civilaffairs.assistance.identity.Role.ADMIN;
import static cn.gov.civilaffairs.assistance.identity.Role.CASEWORKER;
import static cn.gov.civilaffairs.assistance.identity.Role.CASE_ROLES;
import static cn.gov.civilaffairs.assistance.identity.Role.COUNTY_APPROVER;
import static cn.gov.civilaffairs.assistance.identity.Role.COUNTY_AUDITOR;
import static cn.gov.civilaffairs.assistance.identity.Role.PERSONAL_DATA_ROLES;
import static cn.gov.civilaffairs.assistance.identity.Role.PROCESS_MANAGER;
import static cn.gov.civilaffairs.assistance.identity.Role.STREET_HEAD;
import static cn.gov.civilaffairs.assistance.identity.Role.STREET_REVIEWER;
import static cn.gov.civilaffairs.assistance.identity.Role.WINDOW_CLERK;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.springframework.http.HttpMethod;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;

/**
 * Who may call what. {@code /api/**} takes bearer tokens and checks roles per endpoint (the one table below);
 * data scope by jurisdiction is enforced in the services. {@code /engine-rest/**} takes HTTP basic with the same
 * accounts, for admins and process managers only, and only for the operating calls of {@link EngineOperations}.
 * The engine webapps have their own login against the same accounts through the engine identity bridge; their
 * engine API is held to the same list by {@link EngineWebappFilter}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain engineRest(HttpSecurity http, SecurityProblems problems, EngineCallAudit audit,
      EngineRestPasswords passwords)
      throws Exception {
    return http
        // A path matcher, not an MVC one: /engine-rest is served by the engine's Jersey servlet.
        .securityMatcher(AntPathRequestMatcher.antMatcher("/engine-rest/**"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // An allow-list of operating calls (EngineOperations), for admins and process managers; all else refused.
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EngineOperations::allows).hasAnyAuthority(authorities(ADMIN, PROCESS_MANAGER))
            .anyRequest().denyAll())
        .addFilterAfter(audit.restFilter(), AuthorizationFilter.class)
        // HTTP basic through the shared lockout (PasswordDoors); every refusal is the same 401.
        .authenticationManager(new ProviderManager(passwords))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthenticatedBasic))
        // Answered here as problems: the default handlers' sendError re-dispatched a multipart request to /error,
        // whose multipart resolution turned a refusal into 400 FILE_REQUIRED.
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems::unauthenticatedBasic)
            .accessDeniedHandler((request, response, denied) -> {
              if (EngineOperations.allows(request)) {
                problems.forbidden(request, response, denied);
              } else {
                audit.refused(request, request.getRemoteUser() != null ? request.getRemoteUser()
                    : SecurityContextHolder.getContext().getAuthentication().getName());
                problems.engineOperationNotAllowed(request, response);
              }
            }))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http, JwtDecoder decoder, UserDirectory directory, Clock clock,
      SecurityProblems problems) throws Exception {
    return http
        .securityMatcher(AntPathRequestMatcher.antMatcher("/api/**"))
        .csrf(csrf -> csrf.disable())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(POST, "/api/auth/login", "/api/auth/refresh").permitAll()
            .requestMatchers("/api/auth/**", "/api/jurisdictions").authenticated()
            .requestMatchers("/api/users/**").hasAuthority(ADMIN.authority())
            .requestMatchers(GET, "/api/audit").hasAnyAuthority(authorities(ADMIN, COUNTY_AUDITOR))
            .requestMatchers(POST, "/api/applications").hasAuthority(WINDOW_CLERK.authority())
            .requestMatchers(GET, "/api/intake/**").hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers(POST, "/api/households/*/members/*/reveal", "/api/households/*/reveal-phone")
                .hasAnyAuthority(authorities(PERSONAL_DATA_ROLES))
            .requestMatchers(GET, "/api/households/*/documents/*/content")
                .hasAnyAuthority(authorities(PERSONAL_DATA_ROLES))
            .requestMatchers(POST, "/api/cases/*/extend").hasAnyAuthority(authorities(STREET_HEAD, COUNTY_APPROVER))
            .requestMatchers(POST, "/api/cases/*/termination").hasAnyAuthority(authorities(CASEWORKER, STREET_HEAD))
            .requestMatchers(POST, "/api/cases/*/objections")
                .hasAnyAuthority(authorities(WINDOW_CLERK, CASEWORKER, STREET_REVIEWER))
            .requestMatchers(GET, "/api/public-notices", "/api/publications").hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers(GET, "/api/households/**", "/api/cases/**").hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers("/api/households/**").hasAnyAuthority(authorities(WINDOW_CLERK, CASEWORKER))
            .requestMatchers(GET, "/api/conflict-of-interest-declarations/**")
                .hasAnyAuthority(authorities(STREET_HEAD, COUNTY_APPROVER, COUNTY_AUDITOR, ADMIN))
            .requestMatchers("/api/conflict-of-interest-declarations/**")
                .hasAnyAuthority(authorities(STREET_HEAD, COUNTY_APPROVER, ADMIN))
            .requestMatchers("/api/tasks/**", "/api/task-filters/**", "/api/notifications/**")
                .hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers(POST, "/api/verification/imports").hasAnyAuthority(authorities(ADMIN, COUNTY_AUDITOR))
            .requestMatchers(GET, "/api/verification/sources", "/api/verification/imports/**")
                .hasAnyAuthority(authorities(withAdmin(CASE_ROLES)))
            .requestMatchers(GET, "/api/verification/reports/**").hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers("/api/process-deployments/**").hasAnyAuthority(authorities(PROCESS_MANAGER))
            // referral inbox: department officers answer their department's referrals, caseworkers enter paper replies
            .requestMatchers(GET, "/api/agreements/referrals", "/api/agreements/referrals/*").hasAnyAuthority(authorities(
                CASEWORKER, STREET_REVIEWER, STREET_HEAD, COUNTY_APPROVER, COUNTY_AUDITOR, Role.DEPARTMENT_OFFICER))
            .requestMatchers(POST, "/api/agreements/referrals/*/feedback")
                .hasAnyAuthority(authorities(CASEWORKER, Role.DEPARTMENT_OFFICER))
            .requestMatchers("/api/agreements/department-officers/**").hasAuthority(ADMIN.authority())
            // administrators pick a department officer's department from the measure catalogue's departments
            .requestMatchers(GET, "/api/agreements/measure-catalogue").hasAnyAuthority(authorities(withAdmin(CASE_ROLES)))
            .requestMatchers(POST, "/api/agreements/households/*/visits").hasAuthority(Role.GRID_CADRE.authority())
            .requestMatchers("/api/processes/**", "/api/process-migrations/**")
                .hasAnyAuthority(authorities(PROCESS_MANAGER))
            // assistance agreements: plans drafted by caseworkers, cadres paired by caseworkers and street heads
            .requestMatchers(GET, "/api/agreements/**").hasAnyAuthority(authorities(CASE_ROLES))
            .requestMatchers("/api/agreements/plans/*/cadre").hasAnyAuthority(authorities(CASEWORKER, STREET_HEAD))
            .requestMatchers("/api/agreements/plans", "/api/agreements/plans/**", "/api/agreements/processes")
                .hasAnyAuthority(authorities(CASEWORKER))
            .requestMatchers(GET, "/api/calendar/**", "/api/calendar").authenticated()
            .requestMatchers(HttpMethod.PUT, "/api/calendar/*").hasAuthority(ADMIN.authority())
            .requestMatchers(GET, "/api/policy/**").authenticated()
            .requestMatchers(POST, "/api/policy/parameters", "/api/policy/step-slas").hasAuthority(ADMIN.authority())
            .requestMatchers(POST, "/api/reserve-funds/*/top-ups").hasAuthority(COUNTY_APPROVER.authority())
            .requestMatchers(GET, "/api/reserve-funds/*", "/api/reserve-funds/*/statement")
                .hasAnyAuthority(authorities(STREET_HEAD, COUNTY_APPROVER, COUNTY_AUDITOR))
            // temporary aid: the window finds the person city-wide; the county reviews filings, the street answers
            .requestMatchers(POST, "/api/temporary-aid/person-lookup").hasAuthority(WINDOW_CLERK.authority())
            .requestMatchers(POST, "/api/temporary-aid/cases/*/instalments/*/payment")
                .hasAuthority(CASEWORKER.authority())
            .requestMatchers(POST, "/api/temporary-aid/filings/*/accept", "/api/temporary-aid/filings/*/query")
                .hasAuthority(COUNTY_AUDITOR.authority())
            .requestMatchers(POST, "/api/temporary-aid/filings/*/answer").hasAuthority(STREET_HEAD.authority())
            .requestMatchers(GET, "/api/temporary-aid/filings", "/api/temporary-aid/filings/**")
                .hasAnyAuthority(authorities(STREET_HEAD, COUNTY_APPROVER, COUNTY_AUDITOR))
            .requestMatchers(GET, "/api/temporary-aid/cases/*").hasAnyAuthority(authorities(CASE_ROLES))
            // periodic review: changes reported at the window, campaigns launched by the county
            .requestMatchers(POST, "/api/reviews").hasAnyAuthority(authorities(WINDOW_CLERK, CASEWORKER))
            .requestMatchers(POST, "/api/review-campaigns").hasAuthority(COUNTY_APPROVER.authority())
            .requestMatchers(GET, "/api/review-campaigns", "/api/review-campaigns/**")
                .hasAnyAuthority(authorities(COUNTY_APPROVER, COUNTY_AUDITOR))
            // 特困 field re-checks: the share a county reached in a month, for the county
            .requestMatchers(GET, "/api/decisions/field-rechecks")
                .hasAnyAuthority(authorities(COUNTY_APPROVER, COUNTY_AUDITOR))
            .anyRequest().denyAll())
        .oauth2ResourceServer(resourceServer -> resourceServer
            .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(token -> {
              AppUser user = directory.findUsable(token.getSubject(), clock.instant())
                  .orElseThrow(() -> new BadCredentialsException("account not usable"));
              // After an administrator's reset the session carries no role until the password is changed.
              boolean mustChange = directory.account(user.username()).map(UserAccount::mustChangePassword)
                  .orElse(true);
              var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, mustChange
                  ? AuthorityUtils.createAuthorityList(PasswordChangeRequiredFilter.AUTHORITY)
                  : AuthorityUtils.createAuthorityList(Role.authorities(user.roles())));
              // Credentials are erased after authentication; details are kept (sign-out needs the session id).
              authentication.setDetails(token);
              return authentication;
            }))
            .authenticationEntryPoint(problems::unauthenticated))
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(problems::unauthenticated)
            .accessDeniedHandler(problems::forbidden))
        .addFilterAfter(new PasswordChangeRequiredFilter(problems), BearerTokenAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    // The web app's files, health, the OpenAPI document and the engine webapps (which log in by themselves).
    return http
        .csrf(csrf -> csrf.disable())
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .build();
  }

  @Bean
  JwtDecoder jwtDecoder(AccessTokens tokens, AccountSessions sessions) {
    NimbusJwtDecoder decoder = (NimbusJwtDecoder) tokens.decoder();
    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefault(), jwt -> {
      String sessionId = jwt.getClaimAsString("sid");
      boolean active = sessionId != null && sessions.isActive(UUID.fromString(sessionId));
      return active ? OAuth2TokenValidatorResult.success()
          : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "session ended", null));
    }));
    return decoder;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return encoder;
  }

  private static String[] authorities(Role... roles) {
    return Role.authorities(EnumSet.of(roles[0], roles));
  }

  private static String[] authorities(Set<Role> roles) {
    return Role.authorities(roles);
  }

  private static Set<Role> withAdmin(Set<Role> roles) {
    Set<Role> all = EnumSet.copyOf(roles);
    all.add(ADMIN);
    return all;
  }
}
