import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The one real filing in the repository; every generated filing is a variation of it. */
export const SAMPLE_PATH = join(
  __dirname,
  "..",
  "test",
  "fixtures",
  "citigroup-2013-06-18-daily-seg-focus-ii-amendment.txt",
);

export const readSample = (): string => readFileSync(SAMPLE_PATH, "utf8");
