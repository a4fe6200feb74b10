export * from "./derive-rules";
export * from "./instructions";
export * from "./rows";
export * from "./statement-rules";
