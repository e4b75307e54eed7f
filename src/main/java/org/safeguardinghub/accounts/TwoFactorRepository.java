package org.safeguardinghub.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface TwoFactorRepository extends JpaRepository<TwoFactor, Long> {
}
