/**
 * The header NFA prints before each statement: AMENDMENT or INITIAL, End Date, Firm Name, Form,
 * Submit Date. Dates are printed M/D/YYYY and kept as ISO yyyy-mm-dd.
 */

export type HeaderRead =
  | { readonly field: "amendment"; readonly value: boolean }
  | { readonly field: "firm" | "form"; readonly value: string }
  | { readonly field: "endDate" | "submitDate"; readonly value: string | null; readonly raw: string };

const FIELDS: Readonly<Record<string, "firm" | "form" | "endDate" | "submitDate">> = {
  "end date": "endDate",
  "firm name": "firm",
  form: "form",
  "submit date": "submitDate",
};

export function readHeader(clean: string): HeaderRead | null {
  const text = clean.trim();
  const status = /^(amendment|amended|initial)$/i.exec(text);
  if (status) return { field: "amendment", value: !/^initial$/i.test(status[1]!) };
  const field = /^(end date|firm name|form|submit date)\s*:\s*(.*)$/i.exec(text);
  if (!field) return null;
  const name = FIELDS[field[1]!.toLowerCase().replace(/\s+/g, " ")]!;
  const value = field[2]!.trim();
  if (name === "endDate" || name === "submitDate") return { field: name, value: isoDate(value), raw: value };
  return { field: name, value };
}

/** "6/18/2013" or "2013-06-18" → "2013-06-18"; null when it is not a real calendar date. */
export function isoDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const y = Number(year), m = Number(month), d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}
