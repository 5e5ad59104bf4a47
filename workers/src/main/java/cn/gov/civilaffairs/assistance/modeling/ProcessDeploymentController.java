package cn.gov.civilaffairs.assistance.modeling;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
class ProcessDeploymentController {

  private final ProcessDeployments deployments;

  ProcessDeploymentController(ProcessDeployments deployments) {
    this.deployments = deployments;
  }

  /**
   * Deploys BPMN and form-js files (process managers) after the lint; 422 {@code MODEL_INVALID} lists every
   * problem as {@code file#elementId} with a code, and nothing is deployed.
   */
  @PostMapping(path = "/api/process-deployments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ProcessDeployments.Deployed> deploy(@RequestPart("files") List<MultipartFile> files,
      @RequestParam(required = false) String changeNote) throws IOException {
    List<ProcessDeployments.ModelFile> models = new ArrayList<>();
    for (MultipartFile file : files) {
      boolean readable = file.getSize() <= ProcessDeployments.MAX_FILE_BYTES;
      models.add(new ProcessDeployments.ModelFile(file.getOriginalFilename(), file.getSize(),
          readable ? file.getBytes() : null));
    }
    return ResponseEntity.status(201).body(deployments.deploy(models, changeNote));
  }
}
