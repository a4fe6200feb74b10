import { MAX_INPUT_BYTES, readInput, type InputResult } from "../core";

/**
 * A chosen or dropped file through the input gate. Only the first MAX_INPUT_BYTES + 1 bytes are read,
 * so a huge file is refused as too large without being loaded whole into memory.
 */
export async function readFile(file: File): Promise<InputResult> {
  const bytes = new Uint8Array(await file.slice(0, MAX_INPUT_BYTES + 1).arrayBuffer());
  return readInput(bytes, { fileName: file.name, mimeType: file.type });
}
