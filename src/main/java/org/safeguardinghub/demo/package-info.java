/** Demo partnerships for the run command, and synthetic national-scale data for benchmarks. */
package org.safeguardinghub.demo;
