import { strToU8, zipSync } from "fflate";

const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

/** A worksheet's XML around the given children of `<worksheet>` (usually a `<sheetData>`). */
export function worksheet(children: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${main}" xmlns:r="${relationships}">${children}</worksheet>`;
}

/** Shared strings' XML from plain texts, or from raw `<si>` items when given as `{ xml }`. */
function sharedStringsXml(items: ReadonlyArray<string | { xml: string }>): string {
  const body = items
    .map((item) => (typeof item === "string" ? `<si><t>${escapeXml(item)}</t></si>` : item.xml))
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${main}" count="${items.length}" uniqueCount="${items.length}">${body}</sst>`;
}

// Style 0 is General, 1 the built-in date format 14 (yyyy/m/d in a Chinese Excel), 2 the
// built-in date-time format 22.
const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${main}"><fonts count="1"><font><sz val="11"/><name val="等线"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/**
 * An .xlsx put together by hand, part by part, as the smallest file Excel opens: for the cases
 * no spreadsheet program writes on request (a formula, an ID stored as a number, prefixed XML).
 * Each sheet is its worksheet XML (see `worksheet`).
 */
export function buildXlsx(workbook: {
  sheets: ReadonlyArray<{ name: string; xml: string }>;
  sharedStrings?: ReadonlyArray<string | { xml: string }>;
  extraParts?: Record<string, string>;
}): Uint8Array {
  const sheetEntries = workbook.sheets.map((sheet, index) => ({
    ...sheet,
    id: index + 1,
    path: `xl/worksheets/sheet${index + 1}.xml`,
  }));
  const contentTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetEntries.map((sheet) => `<Override PartName="/${sheet.path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${workbook.sharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ""}</Types>`;
  const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${packageRelationships}"><Relationship Id="rId1" Type="${relationships}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const workbookXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets>${sheetEntries.map((sheet) => `<sheet name="${sheet.name}" sheetId="${sheet.id}" r:id="rId${sheet.id}"/>`).join("")}</sheets></workbook>`;
  const workbookRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${packageRelationships}">${sheetEntries.map((sheet) => `<Relationship Id="rId${sheet.id}" Type="${relationships}/worksheet" Target="worksheets/sheet${sheet.id}.xml"/>`).join("")}<Relationship Id="rIdStyles" Type="${relationships}/styles" Target="styles.xml"/>${workbook.sharedStrings ? `<Relationship Id="rIdStrings" Type="${relationships}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`;

  const parts: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(rootRels),
    "xl/workbook.xml": strToU8(workbookXml),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRels),
    "xl/styles.xml": strToU8(styles),
  };
  for (const sheet of sheetEntries) parts[sheet.path] = strToU8(sheet.xml);
  if (workbook.sharedStrings) {
    parts["xl/sharedStrings.xml"] = strToU8(sharedStringsXml(workbook.sharedStrings));
  }
  for (const [path, text] of Object.entries(workbook.extraParts ?? {})) {
    parts[path] = strToU8(text);
  }
  return zipSync(parts);
}

/** An inline-string cell. */
export function textCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(text)}</t></is></c>`;
}
