/** Bytes as base64, in slices (String.fromCharCode over megabytes at once overflows the stack). Files go to the server this way. */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}
