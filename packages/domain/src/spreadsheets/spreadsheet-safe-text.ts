/**
 * A cell's text made safe for a spreadsheet we export: text starting with = + - @, a tab or a
 * carriage return would be run as a formula by Excel or LibreOffice, so it gets a leading
 * apostrophe, which they show as text (CSV injection, OWASP).
 */
export function spreadsheetSafeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
