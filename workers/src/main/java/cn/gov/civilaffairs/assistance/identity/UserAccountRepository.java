package cn.gov.civilaffairs.assistance.identity;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface UserAccountRepository extends JpaRepository<UserAccount, String>, JpaSpecificationExecutor<UserAccount> {

  /** Usernames are unique regardless of case ({@code Admin} is taken when {@code admin} exists). */
  boolean existsByUsernameIgnoreCase(String username);
}
