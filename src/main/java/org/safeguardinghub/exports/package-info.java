/**
 * Printable and spreadsheet copies of the Hub's pages (a plan on a page, a risk register, a learning
 * briefing): tagged, accessible PDFs printed from the Hub's own HTML templates, and Excel workbooks.
 */
@ApplicationModule(allowedDependencies = {})
package org.safeguardinghub.exports;

import org.springframework.modulith.ApplicationModule;
