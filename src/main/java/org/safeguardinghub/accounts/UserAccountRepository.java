package org.safeguardinghub.accounts;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select a from UserAccount a where lower(a.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    @Query("select a from UserAccount a where lower(a.email) = lower(?1)")
    Optional<UserAccount> findByEmail(String email);
}
