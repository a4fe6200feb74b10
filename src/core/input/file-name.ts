/** The lower-case extension of a file name ("seg.HTM" → "htm"), "" when there is none or no name. */
export function extensionOf(fileName: string | undefined): string {
  return /\.([A-Za-z0-9]+)$/.exec(fileName ?? "")?.[1]?.toLowerCase() ?? "";
}
