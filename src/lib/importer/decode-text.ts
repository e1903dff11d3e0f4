/** What a speech file's bytes turned out to be. */
export type DecodeResult =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' }
  | { ok: false; reason: 'binary'; format: string };

// Office and PDF files are the usual mistakes: staff drag the original document instead of its text.
const BINARY_SIGNATURES: { format: string; bytes: number[] }[] = [
  { format: 'PDF', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'Word 97-2003 (.doc) / WPS', bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { format: 'Word (.docx) or another zip file', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'RTF', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
];

/**
 * Decodes a plain-text speech. Government offices still save text as GBK/GB18030, Windows tools
 * write UTF-16 with a BOM, and everything else is UTF-8 (with or without BOM). UTF-8 is tried
 * strictly first because GB18030 accepts almost any byte sequence and would garble UTF-8 text.
 */
export function decodeSpeechText(bytes: Uint8Array): DecodeResult {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((byte, i) => bytes[i] === byte))
      return { ok: false, reason: 'binary', format: signature.format };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  // A NUL byte never occurs in UTF-8 or GB18030 text; it means a binary file of a kind not listed above.
  if (withoutBom.includes(0)) return { ok: false, reason: 'binary', format: 'unknown binary' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decode('gb18030', withoutBom), encoding: 'gb18030' };
  }
}

function decode(encoding: string, bytes: Uint8Array): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** True when `bytes` are valid UTF-8: content files must be, so the build reads them as written. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Finds the 1-based line of the first invalid UTF-8 sequence, for an error message staff can act on. */
export function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isValidUtf8(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return line;
}
