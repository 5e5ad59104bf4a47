package cn.gov.civilaffairs.assistance.verification;

import java.time.LocalDate;

/** A department's extract was imported (published in the importing transaction). */
public record ExtractImported(long importId, String source, LocalDate extractDate) {}
