export * from "./derive-rules";
export * from "./instructions";
export * from "./origin-text";
export * from "./rows";
export * from "./select-rules";
export * from "./derived-form";
