import { figureBeforeCode } from "./figures";

/**
 * The header NFA prints before each statement: AMENDMENT or INITIAL, End Date, Firm Name, Form,
 * Submit Date. Dates are printed M/D/YYYY and kept as ISO yyyy-mm-dd.
 */

export type HeaderField = "amendment" | "firm" | "form" | "endDate" | "submitDate";

/** A figure and code printed inside a header field's value: a header carries none, so it is reported. */
export interface HeaderStray {
  readonly text: string;
  readonly codes: readonly string[];
}

export type HeaderRead =
  | { readonly field: "amendment"; readonly value: boolean }
  | { readonly field: "firm" | "form"; readonly value: string; readonly stray: HeaderStray | null }
  | {
      readonly field: "endDate" | "submitDate";
      readonly value: string | null;
      readonly raw: string;
      readonly stray: HeaderStray | null;
    };

const FIELDS: Readonly<Record<string, "firm" | "form" | "endDate" | "submitDate">> = {
  "end date": "endDate",
  "firm name": "firm",
  form: "form",
  "submit date": "submitDate",
};

/** How each field is printed, for messages. */
export const FIELD_NAMES: Readonly<Record<HeaderField, string>> = {
  amendment: "AMENDMENT/INITIAL",
  firm: "Firm Name",
  form: "Form",
  endDate: "End Date",
  submitDate: "Submit Date",
};

export function readHeader(clean: string): HeaderRead | null {
  const text = clean.trim();
  const status = /^(amendment|amended|initial)$/i.exec(text);
  if (status) return { field: "amendment", value: !/^initial$/i.test(status[1]!) };
  const field = /^(end\s+date|firm\s+name|form|submit\s+date)\s*:(.*)$/i.exec(text);
  if (!field) return null;
  const name = FIELDS[field[1]!.toLowerCase().replace(/\s+/g, " ")]!;
  const { value, stray } = splitStray(field[2]!);
  if (name === "endDate" || name === "submitDate") return { field: name, value: isoDate(value), raw: value, stray };
  return { field: name, value, stray };
}

/** "Acme 5 [7010]" → value "Acme", stray "5 [7010]". */
function splitStray(printed: string): { readonly value: string; readonly stray: HeaderStray | null } {
  const codes = [...printed.matchAll(/\[(\d{4})\]/g)];
  const first = codes[0];
  if (!first) return { value: printed.trim(), stray: null };
  const cut = figureBeforeCode(printed.slice(0, first.index), first[1]!).rest.length;
  return {
    value: printed.slice(0, cut).trim(),
    stray: { text: printed.slice(cut).trim(), codes: codes.map((c) => c[1]!) },
  };
}

/** "6/18/2013" or "2013-06-18" → "2013-06-18"; null when it is not a real calendar date. */
export function isoDate(text: string): string | null {
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!year || !month || !day) return null;
  const y = Number(year),
    m = Number(month),
    d = Number(day);
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth) return null;
  return `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
}
