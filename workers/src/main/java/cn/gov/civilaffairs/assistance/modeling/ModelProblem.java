package cn.gov.civilaffairs.assistance.modeling;

/** One thing wrong with a model: in which file, at which element (may be null), a stable code. */
public record ModelProblem(String file, String elementId, String code) {}
