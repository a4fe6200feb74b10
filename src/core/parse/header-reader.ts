import type { Diagnostic } from "../model";
import { diagnostic } from "./diagnostics";
import type { HeaderBlock } from "./filing-builder";
import { FIELD_NAMES, isoDate, readHeader, type HeaderRead } from "./header";
import { codeInHeader, unreadableDate } from "./messages";
import type { SourceLine } from "./normalize";
import { matchTitle } from "./titles";

type ValueField = "firm" | "form" | "endDate" | "submitDate";

/**
 * Collects the header fields printed before a statement into a block, wherever each value sits:
 * after its label, or — when the label ends its line ("End Date:") — on the next line. A date that
 * cannot be read and a figure printed inside a field are reported, never taken as the field's value.
 */
export class HeaderReader {
  /** The fields read since the last statement opened, with the line the first was on. */
  block: HeaderBlock | null = null;
  /** A label printed without its value, whose value is the next line. */
  private pending: { readonly field: ValueField; readonly line: SourceLine } | null = null;

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /**
   * Reads `line` as a header field or a pending field's value; false when it is neither. `ends`
   * runs first when it is one: a header ends the text above it before its own diagnostics.
   */
  read(line: SourceLine, ends: () => void): boolean {
    if (this.pending && this.valueOfPending(line, ends)) return true;
    const header = readHeader(line.clean, line.start);
    if (!header) return false;
    ends();
    if (header.field !== "amendment" && !header.stray && ("raw" in header ? header.raw : header.value) === "")
      this.pending = { field: header.field, line };
    else this.record(line, header);
    return true;
  }

  /** The block read so far, now in its statement's hands. */
  take(): HeaderBlock | null {
    const block = this.block;
    this.block = null;
    return block;
  }

  /** The end of the input: a label still waiting for its value is read empty. */
  finish(): void {
    if (this.pending) this.record(this.pending.line, emptyField(this.pending.field));
    this.pending = null;
  }

  /**
   * The line after a label printed without its value: a date for a date field, a name with no
   * figure for Firm Name or Form. Whatever else it is, the field is read empty (a date is reported
   * unreadable) and the line is read for what it is.
   */
  private valueOfPending(line: SourceLine, ends: () => void): boolean {
    const { field, line: labelLine } = this.pending!;
    this.pending = null;
    const text = line.text;
    const isDate = field === "endDate" || field === "submitDate";
    const fits = isDate
      ? isoDate(text) !== null
      : !line.hasCode && readHeader(text) === null && matchTitle(line)?.known !== true;
    if (!fits) {
      this.record(labelLine, emptyField(field));
      return false;
    }
    ends();
    const read = readHeader(`${FIELD_NAMES[field]}:${text}`);
    if (read) this.record(line, read);
    return true;
  }

  private record(line: SourceLine, header: HeaderRead): void {
    if (header.field !== "amendment") {
      if ((header.field === "endDate" || header.field === "submitDate") && header.value === null)
        this.diagnostics.push(diagnostic("unparsed-number", "error", line, unreadableDate(header.raw)));
      for (const code of header.stray?.codes ?? [])
        this.diagnostics.push(
          diagnostic("orphan-figure", "error", line, codeInHeader(code, FIELD_NAMES[header.field], header.stray?.text)),
        );
    }
    // The block is filled in place until it is taken, and never after: a copy of it for every field
    // read cost more than reading the field.
    const block = (this.block ??= { fields: {}, source: line });
    (block.fields as Record<string, unknown>)[header.field] = header.value;
  }
}

function emptyField(field: ValueField): HeaderRead {
  return field === "firm" || field === "form"
    ? { field, value: "", stray: null }
    : { field, value: null, raw: "", stray: null };
}
