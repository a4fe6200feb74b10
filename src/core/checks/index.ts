import type { Filing, Finding } from "../model";

export interface CheckOptions {
  /** Dollars a figure may differ from its arithmetic before it is flagged (default 0). */
  readonly tolerance?: number;
}

/** Placeholder until the checks land: finds nothing. */
export function checkFiling(_filing: Filing, _options: CheckOptions = {}): readonly Finding[] {
  return [];
}
