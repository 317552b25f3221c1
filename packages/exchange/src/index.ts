export * from './catalogue-rows.js';
export * from './catalogue-xlsx.js';
export * from './catalogue-docx.js';
export * from './catalogue-csv.js';
export * from './catalogue-formats.js';
export * from './report-documents.js';
export * from './report-docx.js';
export * from './report-pdf.js';
