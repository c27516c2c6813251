/** Prints the briefing HTML to PDF: Chromium's print in preview and the CLI, printToPDF under Electron. */
export type PdfPrinter = (html: string, page: { headerTemplate: string; footerTemplate: string }) => Promise<Buffer>;
