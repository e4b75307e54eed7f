package org.safeguardinghub.calendar;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BankHolidayRepository extends JpaRepository<BankHoliday, Long> {

    List<BankHoliday> findAllByOrderByDateAsc();

    boolean existsByDate(LocalDate date);
}
