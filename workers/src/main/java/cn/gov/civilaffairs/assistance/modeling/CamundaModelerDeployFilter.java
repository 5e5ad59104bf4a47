package cn.gov.civilaffairs.assistance.modeling;

import cn.gov.civilaffairs.assistance.api.ApiException;
import cn.gov.civilaffairs.assistance.api.FieldViolation;
import cn.gov.civilaffairs.assistance.identity.Role;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.operaton.bpm.engine.RepositoryService;
import org.operaton.bpm.engine.repository.Deployment;
import org.operaton.bpm.engine.repository.ProcessDefinition;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The Camunda Desktop Modeler's deploy dialog posts multipart to {@code /engine-rest/deployment/create} with HTTP
 * basic. This filter sits after the security filter chain in front of the engine's REST servlet and answers that
 * call itself: the same checks, change note and audit as {@code POST /api/process-deployments} (the change note is
 * the {@code change-note} field, else the deployment name), for process managers only. Every other way to create a
 * deployment over the engine REST API (another engine's path, redeploy) is refused, so nothing bypasses the lint.
 * The answer has the shape of the engine's own (id, name, deployedProcessDefinitions, ...), which the Modeler reads.
 */
class CamundaModelerDeployFilter extends OncePerRequestFilter {

  private static final Pattern CREATE = Pattern.compile("^/engine-rest(/engine/[^/]+)?/deployment/create/?$");
  private static final Pattern OTHER_DEPLOYMENT = Pattern.compile("^/engine-rest(/engine/[^/]+)?/deployment/.*");
  private static final long MAX_REQUEST_BYTES = (long) ProcessDeployments.MAX_FILES * ProcessDeployments.MAX_FILE_BYTES
      + 1024 * 1024;

  private final ProcessDeployments deployments;
  private final RepositoryService repository;
  private final ObjectMapper json;
  private final MessageSource messages;

  CamundaModelerDeployFilter(ProcessDeployments deployments, RepositoryService repository, ObjectMapper json,
      MessageSource messages) {
    this.deployments = deployments;
    this.repository = repository;
    this.json = json;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!"POST".equalsIgnoreCase(request.getMethod()) || !OTHER_DEPLOYMENT.matcher(path).matches()) {
      chain.doFilter(request, response);
      return;
    }
    Locale locale = request.getLocale();
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    boolean manager = user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
        .anyMatch(Role.PROCESS_MANAGER.authority()::equals);
    if (!CREATE.matcher(path).matches() || !manager) {
      problem(response, 403, "FORBIDDEN", List.of(), locale);
      return;
    }
    Map<String, String> fields = new HashMap<>();
    List<ProcessDeployments.ModelFile> files = new ArrayList<>();
    try {
      FileUpload upload = new FileUpload();
      upload.setSizeMax(MAX_REQUEST_BYTES);
      upload.setFileCountMax(ProcessDeployments.MAX_FILES + 20L);
      FileItemIterator items = upload.getItemIterator(context(request));
      while (items.hasNext()) {
        FileItemStream item = items.next();
        try (InputStream in = item.openStream()) {
          byte[] content = readAtMost(in, ProcessDeployments.MAX_FILE_BYTES + 1);
          if (item.isFormField() || item.getName() == null) {
            fields.put(item.getFieldName(), new String(content, java.nio.charset.StandardCharsets.UTF_8));
          } else {
            boolean tooLarge = content.length > ProcessDeployments.MAX_FILE_BYTES;
            files.add(new ProcessDeployments.ModelFile(item.getName(), content.length, tooLarge ? null : content));
          }
        }
      }
    } catch (FileUploadException e) {
      problem(response, 413, "REQUEST_TOO_LARGE", List.of(), locale);
      return;
    }
    String name = fields.get("deployment-name");
    String note = fields.getOrDefault("change-note", name);
    try {
      ProcessDeployments.Deployed deployed = deployments.deploy(files, note, ProcessDeployments.Channel.CAMUNDA_MODELER,
          user.getName(), name);
      write(response, 200, "application/json", engineAnswer(deployed));
    } catch (ApiException e) {
      problem(response, e.status().value(), e.code(), e.fieldViolations(), locale);
    }
  }

  /** The engine REST API's DeploymentWithDefinitionsDto, as far as the Modeler reads it. */
  private Map<String, Object> engineAnswer(ProcessDeployments.Deployed deployed) {
    Deployment deployment = repository.createDeploymentQuery().deploymentId(deployed.deploymentId()).singleResult();
    Map<String, Object> definitions = new LinkedHashMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery()
        .deploymentId(deployed.deploymentId()).list()) {
      Map<String, Object> dto = new LinkedHashMap<>();
      dto.put("id", definition.getId());
      dto.put("key", definition.getKey());
      dto.put("name", definition.getName());
      dto.put("version", definition.getVersion());
      dto.put("versionTag", definition.getVersionTag());
      dto.put("resource", definition.getResourceName());
      dto.put("deploymentId", definition.getDeploymentId());
      dto.put("suspended", definition.isSuspended());
      dto.put("startableInTasklist", definition.isStartableInTasklist());
      definitions.put(definition.getId(), dto);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("links", List.of());
    answer.put("id", deployment.getId());
    answer.put("name", deployment.getName());
    answer.put("source", deployment.getSource());
    answer.put("deploymentTime", deployment.getDeploymentTime());
    answer.put("tenantId", null);
    answer.put("deployedProcessDefinitions", definitions);
    answer.put("deployedCaseDefinitions", null);
    answer.put("deployedDecisionDefinitions", null);
    answer.put("deployedDecisionRequirementsDefinitions", null);
    return answer;
  }

  /** RFC 7807 like the API's, plus {@code message}, which the Modeler shows in its deploy dialog. */
  private void problem(HttpServletResponse response, int status, String code, List<FieldViolation> violations,
      Locale locale) throws IOException {
    String title = messages.getMessage("error." + code, null, code, locale);
    List<Map<String, String>> errors = violations.stream().map(v -> Map.of("field", v.field(), "code", v.code(),
        "message", v.message() != null ? v.message()
            : messages.getMessage("field." + v.code(), null, v.code(), locale))).toList();
    StringBuilder message = new StringBuilder(title);
    errors.forEach(e -> message.append("\n").append(e.get("field")).append(": ").append(e.get("code"))
        .append(" ").append(e.get("message")));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("code", code);
    body.put("message", message.toString());
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    write(response, status, "application/problem+json", body);
  }

  private void write(HttpServletResponse response, int status, String type, Object body) throws IOException {
    response.setStatus(status);
    response.setContentType(type);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), body);
  }

  private static byte[] readAtMost(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) != -1) {
      if (out.size() < limit) {
        out.write(buffer, 0, Math.min(read, limit - out.size()));
      }
    }
    return out.toByteArray();
  }

  private static UploadContext context(HttpServletRequest request) {
    return new UploadContext() {
      @Override
      public String getCharacterEncoding() {
        return request.getCharacterEncoding();
      }

      @Override
      public String getContentType() {
        return request.getContentType();
      }

      @Override
      @Deprecated
      public int getContentLength() {
        return request.getContentLength();
      }

      @Override
      public long contentLength() {
        return request.getContentLengthLong();
      }

      @Override
      public InputStream getInputStream() throws IOException {
        return request.getInputStream();
      }
    };
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    /** After Spring Security (which authenticates the basic credentials), before the engine's REST servlet. */
    @Bean
    FilterRegistrationBean<CamundaModelerDeployFilter> camundaModelerDeployFilter(ProcessDeployments deployments,
        RepositoryService repository, ObjectMapper json, MessageSource messages) {
      var registration = new FilterRegistrationBean<>(
          new CamundaModelerDeployFilter(deployments, repository, json, messages));
      registration.addUrlPatterns("/engine-rest/*");
      registration.setOrder(0);
      return registration;
    }
  }
}
