// The hot loop of relatedness density and COG, in WebAssembly SIMD.
//
// neighbourhoodSums adds up, for each region, the proximity rows of d ≈ n/3 activities:
// R·d·n ≈ 5·10⁸ multiply-adds a year on a 1,500 × 1,000 panel, two thirds of the whole
// computation. V8 runs the plain TypeScript loop at about one element per nanosecond (scalar
// code with a bounds check per load); the same loop in WebAssembly with two float64 lanes
// per instruction and no bounds checks is about 2.5× faster (190 ms against 480 ms a year on
// the 2-core AMD EPYC development machine).
// The module is tiny, so we assemble it here from named opcodes instead of shipping an opaque
// binary; `typescriptRowSums` (row-sums.ts) stays as the reference and the fallback where
// WebAssembly SIMD is not available, and the tests check that both agree.
//
// The same kernel also adds up the packed rows of the co-occurrence count (proximity.ts).
//
// Memory layout (byte offsets): the matrix rows, each padded to an even length `stride`,
// plus one zero row used to pad row lists to a multiple of 8; the weights w_j; the two
// accumulators; the list of rows to add.

import type { RowSums } from './row-sums.ts';

const ROWS_PER_STEP = 8;

/**
 * Row sums over `matrix` (rowCount rows of rowLength values, row-major); null where
 * WebAssembly SIMD is not available or the matrix does not fit 32-bit addresses.
 */
export function simdRowSums(
  matrix: Float64Array,
  rowCount: number,
  rowLength: number,
  weights: Float64Array,
): RowSums | null {
  const compiled = compiledModule();
  if (!compiled) return null;
  const stride = rowLength + (rowLength % 2); // keeps every row 16-byte aligned
  const zeroRow = rowCount;
  const layout = {
    matrix: 0,
    weights: (rowCount + 1) * stride * 8,
    plain: (rowCount + 1) * stride * 8 + (rowCount + 1 + ((rowCount + 1) % 2)) * 8,
    weighted: 0,
    rows: 0,
  };
  layout.weighted = layout.plain + stride * 8;
  layout.rows = layout.weighted + stride * 8;
  const byteLength = layout.rows + (rowCount + ROWS_PER_STEP) * 4;
  if (byteLength >= 2 ** 31) return null; // addresses are i32; the caller falls back to TypeScript
  const memory = new WebAssembly.Memory({ initial: Math.ceil(byteLength / 65536) });
  const instance = new WebAssembly.Instance(compiled, { env: { memory } });
  const kernel = instance.exports.addRows;
  if (typeof kernel !== 'function') return null;
  const f64 = new Float64Array(memory.buffer);
  const i32 = new Int32Array(memory.buffer);
  for (let j = 0; j < rowCount; j++) f64.set(matrix.subarray(j * rowLength, (j + 1) * rowLength), j * stride);
  f64.set(weights.subarray(0, rowCount), layout.weights / 8);
  const plainView = f64.subarray(layout.plain / 8, layout.plain / 8 + rowLength);
  const weightedView = f64.subarray(layout.weighted / 8, layout.weighted / 8 + rowLength);
  return (rows, from, to, plain, weighted) => {
    const count = to - from;
    const padded = Math.ceil(count / ROWS_PER_STEP) * ROWS_PER_STEP;
    i32.set(rows.subarray(from, to), layout.rows / 4);
    i32.fill(zeroRow, layout.rows / 4 + count, layout.rows / 4 + padded);
    f64.fill(0, layout.plain / 8, layout.rows / 8);
    kernel(layout.rows, padded, layout.matrix, stride * 8, layout.weights, layout.plain, layout.weighted);
    plain.set(plainView);
    weighted.set(weightedView);
  };
}

// --- A minimal WebAssembly assembler for the one function we need ----------------------

const I32 = 0x7f;
const V128 = 0x7b;
const op = {
  block: [0x02, 0x40],
  loop: [0x03, 0x40],
  end: [0x0b],
  br: (depth: number) => [0x0c, depth],
  brIf: (depth: number) => [0x0d, depth],
  get: (local: number) => [0x20, ...uleb(local)],
  set: (local: number) => [0x21, ...uleb(local)],
  i32: (value: number) => [0x41, ...sleb(value)],
  i32Add: [0x6a],
  i32Mul: [0x6c],
  i32GeU: [0x4f],
  i32Load: [0x28, 2, 0], // align 2^2, offset 0
  f64Load: [0x2b, 3, 0],
  v128Load: [0xfd, 0x00, 4, 0], // align 2^4, offset 0
  v128Store: [0xfd, 0x0b, 4, 0],
  f64x2Splat: [0xfd, 0x14],
  f64x2Add: [0xfd, 0xf0, 0x01],
  f64x2Mul: [0xfd, 0xf2, 0x01],
};

/**
 * addRows(rows, count, phi, rowBytes, weights, plain, weighted), all addresses in bytes;
 * count is a multiple of 8. In pseudo-code:
 *   for (i = 0; i < count; i += 8) {
 *     base_k = phi + rows[i + k]·rowBytes; w_k = splat(weights[rows[i + k]])   (k = 0..7)
 *     for (a = 0; a < rowBytes; a += 16) {
 *       v_k = load(base_k + a)
 *       plain[a] += v_0 + … + v_7;  weighted[a] += w_0·v_0 + … + w_7·v_7
 *     }
 *   }
 */
function addRowsBody(): number[] {
  const [ROWS, COUNT, PHI, ROW_BYTES, WEIGHTS, PLAIN, WEIGHTED] = [0, 1, 2, 3, 4, 5, 6];
  const I = 7;
  const A = 8;
  const BASE = 9; // 8 row addresses
  const W = BASE + ROWS_PER_STEP; // 8 splatted weights (v128)
  const V = W + ROWS_PER_STEP; // 8 loaded values (v128)
  const lanes = Array.from({ length: ROWS_PER_STEP }, (_, k) => k);
  const code: number[][] = [op.i32(0), op.set(I), op.block, op.loop];
  code.push(op.get(I), op.get(COUNT), op.i32GeU, op.brIf(1));
  for (const k of lanes) {
    code.push(
      op.get(ROWS),
      op.get(I),
      op.i32(k),
      op.i32Add,
      op.i32(4),
      op.i32Mul,
      op.i32Add,
      op.i32Load,
      op.set(BASE + k),
    );
    code.push(
      op.get(WEIGHTS),
      op.get(BASE + k),
      op.i32(8),
      op.i32Mul,
      op.i32Add,
      op.f64Load,
      op.f64x2Splat,
      op.set(W + k),
    );
    code.push(op.get(PHI), op.get(BASE + k), op.get(ROW_BYTES), op.i32Mul, op.i32Add, op.set(BASE + k));
  }
  code.push(op.i32(0), op.set(A), op.block, op.loop);
  code.push(op.get(A), op.get(ROW_BYTES), op.i32GeU, op.brIf(1));
  for (const k of lanes) code.push(op.get(BASE + k), op.get(A), op.i32Add, op.v128Load, op.set(V + k));
  code.push(op.get(PLAIN), op.get(A), op.i32Add, op.get(PLAIN), op.get(A), op.i32Add, op.v128Load);
  for (const k of lanes) code.push(op.get(V + k), op.f64x2Add);
  code.push(op.v128Store);
  code.push(op.get(WEIGHTED), op.get(A), op.i32Add, op.get(WEIGHTED), op.get(A), op.i32Add, op.v128Load);
  for (const k of lanes) code.push(op.get(V + k), op.get(W + k), op.f64x2Mul, op.f64x2Add);
  code.push(op.v128Store);
  code.push(op.get(A), op.i32(16), op.i32Add, op.set(A), op.br(0), op.end, op.end);
  code.push(op.get(I), op.i32(ROWS_PER_STEP), op.i32Add, op.set(I), op.br(0), op.end, op.end);
  const locals = vector([
    [...uleb(2 + ROWS_PER_STEP), I32],
    [...uleb(2 * ROWS_PER_STEP), V128],
  ]);
  const body = [...locals, ...code.flat(), ...op.end];
  return [...uleb(body.length), ...body];
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, once per process; null where WebAssembly SIMD is not supported. */
function compiledModule(): WebAssembly.Module | null {
  if (compiled === undefined) {
    const bytes = assembleModule();
    const isSupported = typeof WebAssembly !== 'undefined' && WebAssembly.validate(bytes);
    compiled = isSupported ? new WebAssembly.Module(bytes) : null;
  }
  return compiled;
}

function assembleModule(): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    ...section(1, vector([[0x60, ...vector(Array.from({ length: 7 }, () => [I32])), ...vector([])]])), // type: 7 × i32 → ()
    ...section(2, vector([[...name('env'), ...name('memory'), 0x02, 0x00, 0x01]])), // import memory, min 1 page
    ...section(3, vector([[0x00]])), // function 0 has type 0
    ...section(7, vector([[...name('addRows'), 0x00, 0x00]])), // export function 0
    ...section(10, vector([addRowsBody()])), // code
  ]);
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  return vector(Array.from(new TextEncoder().encode(text), (byte) => [byte]));
}

function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const isDone = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    out.push(isDone ? byte : byte | 0x80);
    if (isDone) return out;
  }
}
