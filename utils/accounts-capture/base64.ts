/**
 * Bytes as base64 for runtime messages: Chrome serialises messages as JSON, where a Uint8Array arrives as an
 * object of numbered keys (several times larger). atob / btoa exist in the service worker, pages and Node.
 */

// String.fromCharCode takes its bytes as arguments: a bounded chunk keeps clear of the argument limit.
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** Throws on text that is not base64. */
export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
