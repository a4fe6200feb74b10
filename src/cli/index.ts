export { main } from "./main";
export { nodeEnv } from "./node-env";
export type { CliEnv, Command, ExitCode, ReadResult } from "./env";
