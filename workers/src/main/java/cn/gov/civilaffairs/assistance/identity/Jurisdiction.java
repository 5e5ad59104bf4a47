package cn.gov.civilaffairs.assistance.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the tree city > district/county > street/township > community, keyed by its national code. */
@Entity
@Table(name = "jurisdictions")
public class Jurisdiction {

  @Id
  private String code;

  @Column(name = "parent_code")
  private String parentCode;

  @Enumerated(EnumType.STRING)
  private JurisdictionLevel level;

  private String name;

  /** Codes from the root down, each followed by a slash: a subtree is a prefix. */
  private String path;

  protected Jurisdiction() {}

  public String code() {
    return code;
  }

  public String parentCode() {
    return parentCode;
  }

  public JurisdictionLevel level() {
    return level;
  }

  public String name() {
    return name;
  }

  /** The office that acts for this node: 建外街道 → 建外街道办事处; a township (乡, 镇) is its people's government. */
  public String officeName() {
    return name.endsWith("街道") ? name + "办事处" : name.endsWith("乡") || name.endsWith("镇") ? name + "人民政府" : name;
  }

  public String path() {
    return path;
  }

  /** Whether {@code other} is this node or lies below it. */
  public boolean contains(Jurisdiction other) {
    return other.path.startsWith(path);
  }
}
