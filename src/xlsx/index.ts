export { writeXlsx } from "./write-xlsx";
