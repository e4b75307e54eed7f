package org.safeguardinghub.infrastructure;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the jobs modules declare with {@code @Scheduled}: email retries, action reminders, weekly digests. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {
}
