export * from "./schema";
export * from "./catalog";
