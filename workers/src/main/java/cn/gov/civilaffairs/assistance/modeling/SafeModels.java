package cn.gov.civilaffairs.assistance.modeling;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;

/**
 * Reads uploaded model files without trusting them: no DOCTYPE (so no external entities, no entity expansion),
 * then the BPMN parser; a form must be a JSON object with an id.
 */
final class SafeModels {

  private SafeModels() {}

  /** The model, or {@link UnsafeModelException} / {@link IllegalArgumentException} (not BPMN). */
  static BpmnModelInstance bpmn(byte[] xml) {
    refuseDoctype(xml);
    try {
      return Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a BPMN model", e);
    }
  }

  static void refuseDoctype(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(true);
      factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (org.xml.sax.SAXParseException e) {
      if (String.valueOf(e.getMessage()).contains("DOCTYPE")) {
        throw new UnsafeModelException();
      }
      throw new IllegalArgumentException("not well-formed XML", e);
    } catch (Exception e) {
      throw new IllegalArgumentException("not readable XML", e);
    }
  }

  /** Raised for a model carrying a DOCTYPE. */
  static final class UnsafeModelException extends RuntimeException {
    UnsafeModelException() {
      super("DOCTYPE declarations are not accepted");
    }
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
