export { parseFilings } from "./parse-filings";
export { readFigure } from "./numbers";
export { isoDate } from "./header";
