import { gunzipSync } from 'node:zlib';

/** File bytes as text; gzip (by its magic number, whatever the name) is unpacked. */
export function decodeDataFile(bytes: Buffer): string {
  const isGzip = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (isGzip ? gunzipSync(bytes) : bytes).toString('utf8').replace(/^\uFEFF/, '');
}
