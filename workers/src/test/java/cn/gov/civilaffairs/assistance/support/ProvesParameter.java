package cn.gov.civilaffairs.assistance.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test that shows a policy parameter changes the behaviour it names: the test sets the parameter to another
 * value and asserts on the different outcome. The parameter-coverage test fails for a catalogue code that no test
 * carries.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(ProvesParameter.List.class)
public @interface ProvesParameter {

  /** The parameter's catalogue code, e.g. {@code dibao.standard}. */
  String value();

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface List {
    ProvesParameter[] value();
  }
}
