/**
 * Printable and spreadsheet copies of the Hub's pages (a plan on a page, a risk register): plain
 * A4 PDF documents and Excel workbooks, built from headings, paragraphs and tables.
 */
@ApplicationModule(allowedDependencies = {})
package org.safeguardinghub.exports;

import org.springframework.modulith.ApplicationModule;
