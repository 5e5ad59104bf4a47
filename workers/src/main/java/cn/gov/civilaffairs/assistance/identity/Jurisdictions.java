package cn.gov.civilaffairs.assistance.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks up the jurisdiction tree. Other capabilities call this, never the repository. Jurisdictions are only ever
 * added (seed loader) and never change, and every review start and every task's deadline looks them up: found ones
 * are kept in memory; a code not found is asked again next time.
 */
@Service
@Transactional(readOnly = true)
public class Jurisdictions {

  private final JurisdictionRepository repository;
  private final Map<String, Jurisdiction> found = new ConcurrentHashMap<>();

  Jurisdictions(JurisdictionRepository repository) {
    this.repository = repository;
  }

  public Optional<Jurisdiction> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    Jurisdiction known = found.get(code);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<Jurisdiction> loaded = repository.findById(code);
    loaded.ifPresent(j -> found.put(code, j));
    return loaded;
  }

  public Optional<Jurisdiction> findAt(String code, JurisdictionLevel level) {
    return find(code).filter(j -> j.level() == level);
  }

  /** The ancestor of {@code code} at {@code level} (or the node itself), e.g. the district of a street. */
  public Optional<Jurisdiction> ancestorAt(String code, JurisdictionLevel level) {
    Optional<Jurisdiction> node = find(code);
    while (node.isPresent() && node.get().level() != level) {
      node = find(node.get().parentCode());
    }
    return node;
  }

  public boolean isWithin(String code, String ancestorCode) {
    Optional<Jurisdiction> node = find(code);
    Optional<Jurisdiction> ancestor = find(ancestorCode);
    return node.isPresent() && ancestor.isPresent() && ancestor.get().contains(node.get());
  }

  public List<Jurisdiction> all() {
    return repository.findAllByOrderByPathAsc();
  }
}
