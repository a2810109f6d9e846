// Bytes → text for CSV files: UTF-8 only (with or without BOM), decoded chunk by chunk. Two ways a
// Vietnamese export goes wrong are refused with a message that says what to do:
// - the bytes are not UTF-8 (saved as Windows-1258 / TCVN3): the decoder fails;
// - the text is mojibake: UTF-8 that was once read as Windows-1252/1258 and saved again, so
//   "ư" became "Æ°", "ạ" "áº¡", "đ" "Ä‘", "à" "Ã ". No Vietnamese word holds these pairs.
import { ImportFileError } from "./file-error";

const MOJIBAKE = /Ã[\u0080-\u00BF]|Ă[\u0080-\u00BF]|Æ[°¡¯]|á[º»]|Ä[\u0080-\u0091‘]|Ä\u0090/;

/** The first mojibake sequence in `text`, or null. */
export function findMojibake(text: string): string | null {
  const match = MOJIBAKE.exec(text);
  return match ? match[0] : null;
}

/** Decodes a byte stream as UTF-8 (dropping a BOM), refusing invalid bytes and mojibake. */
export async function* decodeUtf8(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let tail = "";
  for await (const chunk of chunks) {
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch {
      throw new ImportFileError({ key: "import.error.notUtf8" });
    }
    // a pair split across two chunks is still seen: check the last character of the previous one too
    const seen = findMojibake(tail + text);
    if (seen) throw new ImportFileError({ key: "import.error.mojibake", values: { sample: seen } });
    tail = text.slice(-1);
    if (text.length > 0) yield text;
  }
  try {
    const rest = decoder.decode();
    if (rest.length > 0) yield rest;
  } catch {
    throw new ImportFileError({ key: "import.error.notUtf8" });
  }
}
