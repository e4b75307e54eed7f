package org.safeguardinghub.accounts;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByAccountId(long accountId);

    @Modifying
    @Query("delete from RecoveryCode c where c.accountId = ?1")
    void deleteByAccountId(long accountId);
}
