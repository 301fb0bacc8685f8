/**
 * Builds src/modules/s3/data/nuts-recoding.json: for every NUTS code (levels 0-3) of NUTS 2010,
 * 2013 and 2016 that is not a NUTS 2021 code, what it became in NUTS 2021, from Eurostat's
 * correspondence workbooks in shared/data, plus a few NUTS 2006 codes derived by hand (the
 * workbooks start at 2010, the Eurostat SBS file still uses them).
 * Usage: npx tsx scripts/build-nuts-recoding.ts [path-to-shared-data]
 * Method and sources: src/modules/s3/data/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readXls, readXlsx, type SheetRows, type Workbook } from './build-nuts-recoding.workbook-reader.ts';
import { NUTS_2006_CHANGES } from './build-nuts-recoding.nuts2006.ts';
import type {
  NutsRecodingEntry,
  NutsRecodingFile,
  NutsVersion,
  RecodingKind,
} from '../src/modules/s3/domain/import/nuts-recoding.ts';

/** One row of a correspondence sheet: old code → new code with Eurostat's change text. */
export type ChangeRow = {
  oldCode: string | null;
  newCode: string | null;
  /** "(part)" after a code: the row describes a piece of that region only. */
  isPartial: boolean;
  label: string;
  text: string;
};

/** The change from one NUTS version to the next, as read from one workbook. */
export type VersionStep = {
  from: NutsVersion;
  to: NutsVersion;
  oldCodes: Set<string>;
  newCodes: Set<string>;
  rows: ChangeRow[];
  labels: { old: Map<string, string>; new: Map<string, string> };
};

const CODE_PATTERN = /^[A-Z]{2}[0-9A-Z]{0,3}$/;

// Typing slips in Eurostat's explanation columns that would hide a correspondence.
const TEXT_FIXES: [RegExp, string][] = [
  [/PTPT114/g, 'PT114'],
  [/FRFR25/g, 'FR25'],
  [/\bFR (\d\d)\b/g, 'FR$1'],
];

export const levelOf = (code: string): number => code.length - 2;
const countryOf = (code: string): string => code.slice(0, 2);

function cleanCode(cell: string | undefined): { code: string | null; isPartial: boolean } {
  const text = (cell ?? '').trim();
  const isPartial = /\(part\)/i.test(text);
  const code = text.replace(/\(part\)/i, '').trim();
  return { code: CODE_PATTERN.test(code) ? code : null, isPartial };
}

function sheet(workbook: Workbook, name: string): SheetRows {
  const rows = workbook.get(name);
  if (rows === undefined)
    throw new Error(`sheet "${name}" not found (sheets: ${[...workbook.keys()].join(', ')})`);
  return rows;
}

/** Checks a header row so that a re-ordered workbook fails instead of being misread. */
function expectHeader(
  rows: SheetRows,
  rowIndex: number,
  expected: Record<number, RegExp>,
  sheetName: string,
): void {
  const header = rows[rowIndex] ?? [];
  for (const [column, pattern] of Object.entries(expected)) {
    const cell = header[Number(column)] ?? '';
    if (!pattern.test(cell))
      throw new Error(
        `${sheetName}: column ${column} of row ${rowIndex + 1} is "${cell}", expected ${pattern}`,
      );
  }
}

type MainSheetLayout = {
  oldColumn: number;
  newColumn: number;
  labelColumns: number[];
  textColumns: number[];
  headerRow: number;
};

/**
 * Reads a workbook's main sheet (every code of both versions, one row each) and its per-level
 * correspondence sheets (the same changes with an "Explanation (new = old)" formula).
 */
function readStep(
  workbook: Workbook,
  from: NutsVersion,
  to: NutsVersion,
  mainSheet: string,
  layout: MainSheetLayout,
  correspondenceSheets: string[],
): VersionStep {
  const step: VersionStep = {
    from,
    to,
    oldCodes: new Set(),
    newCodes: new Set(),
    rows: [],
    labels: { old: new Map(), new: new Map() },
  };
  const main = sheet(workbook, mainSheet);
  for (const cells of main.slice(layout.headerRow + 1)) {
    const oldCell = cleanCode(cells[layout.oldColumn]);
    const newCell = cleanCode(cells[layout.newColumn]);
    if (oldCell.code === null && newCell.code === null) continue;
    const label =
      layout.labelColumns.map((column) => (cells[column] ?? '').trim()).find((text) => text !== '') ?? '';
    const text = layout.textColumns
      .map((column) => cells[column] ?? '')
      .join(' ')
      .trim();
    if (oldCell.code !== null) {
      step.oldCodes.add(oldCell.code);
      if (!oldCell.isPartial && !step.labels.old.has(oldCell.code)) step.labels.old.set(oldCell.code, label);
    }
    if (newCell.code !== null) {
      step.newCodes.add(newCell.code);
      if (!newCell.isPartial && !step.labels.new.has(newCell.code)) step.labels.new.set(newCell.code, label);
    }
    step.rows.push({
      oldCode: oldCell.code,
      newCode: newCell.code,
      isPartial: oldCell.isPartial || newCell.isPartial,
      label,
      text,
    });
  }
  for (const name of correspondenceSheets) {
    const rows = sheet(workbook, name);
    expectHeader(rows, 0, { 0: /^Code (2010|2013|2016)/, 1: /^Code (2013|2016|2021)/, 3: /^Change/ }, name);
    for (const cells of rows.slice(1)) {
      const oldCell = cleanCode(cells[0]);
      const newCell = cleanCode(cells[1]);
      if (oldCell.code === null && newCell.code === null) continue;
      const text = [cells[3] ?? '', cells[4] ?? ''].join(' ').trim();
      step.rows.push({
        oldCode: oldCell.code,
        newCode: newCell.code,
        isPartial: oldCell.isPartial || newCell.isPartial,
        label: (cells[2] ?? '').trim(),
        text,
      });
    }
  }
  return step;
}

export function readSteps(dataDir: string): { steps: VersionStep[]; nuts2021: Map<string, string> } {
  const nuts2010 = readXls(readFileSync(join(dataDir, 'NUTS2010-NUTS2013.xls')));
  const nuts2013 = readXlsx(readFileSync(join(dataDir, 'NUTS2013-NUTS2016.xlsx')));
  const nuts2021Book = readXlsx(readFileSync(join(dataDir, 'NUTS2021.xlsx')));

  expectHeader(
    sheet(nuts2010, 'NUTS2010-NUTS2013'),
    1,
    { 1: /^Code 2010$/, 2: /^Code 2013$/, 7: /^Change$/ },
    'NUTS2010-NUTS2013',
  );
  expectHeader(
    sheet(nuts2013, 'NUTS2013-NUTS2016'),
    1,
    { 1: /^Code 2013$/, 2: /^Code 2016$/, 7: /^Change$/ },
    'NUTS2013-NUTS2016',
  );
  const detailed = 'Changes detailed NUTS 2016-2021';
  expectHeader(
    sheet(nuts2021Book, detailed),
    0,
    { 0: /^Code 2016$/, 1: /^Code 2021$/, 6: /^Change codes/, 7: /^Change comments/ },
    detailed,
  );

  // Main sheets 2010-13 and 2013-16: #, old, new, country, NUTS 1/2/3 labels, change, level…
  const olderLayout: MainSheetLayout = {
    oldColumn: 1,
    newColumn: 2,
    labelColumns: [3, 4, 5, 6],
    textColumns: [7],
    headerRow: 1,
  };
  const steps = [
    readStep(nuts2010, '2010', '2013', 'NUTS2010-NUTS2013', olderLayout, [
      'Correspondence NUTS-1',
      'Correspondence NUTS-2',
      'Correspondence NUTS-3',
    ]),
    readStep(nuts2013, '2013', '2016', 'NUTS2013-NUTS2016', olderLayout, [
      'Correspondence NUTS-1',
      'Correspondence NUTS-2',
      'Correspondence NUTS-3',
    ]),
    readStep(
      nuts2021Book,
      '2016',
      '2021',
      detailed,
      { oldColumn: 0, newColumn: 1, labelColumns: [2, 3, 4, 5], textColumns: [7], headerRow: 0 },
      ['Changes NUTS-1', 'Changes NUTS-2', 'Changes NUTS-3'],
    ),
  ];

  const classification = sheet(nuts2021Book, 'NUTS & SR 2021');
  expectHeader(classification, 0, { 0: /^Code 2021$/, 5: /^NUTS level$/ }, 'NUTS & SR 2021');
  const nuts2021 = new Map<string, string>();
  for (const cells of classification.slice(1)) {
    const { code } = cleanCode(cells[0]);
    if (code === null) continue;
    nuts2021.set(
      code,
      [1, 2, 3, 4].map((column) => (cells[column] ?? '').trim()).find((text) => text !== '') ?? '',
    );
  }
  return { steps, nuts2021 };
}

// ---------------------------------------------------------------------------------------------
// One step as a graph old code → new codes, at every level
// ---------------------------------------------------------------------------------------------

const CODE_IN_TEXT = /(?<![A-Za-z0-9])([A-Z]{2}[0-9A-Z]{1,3})(?![A-Za-z0-9])/g;

function codesMentioned(text: string): string[] {
  let fixed = text;
  for (const [pattern, replacement] of TEXT_FIXES) fixed = fixed.replace(pattern, replacement);
  return [...fixed.matchAll(CODE_IN_TEXT)].map((match) => match[1] ?? '');
}

export type StepGraph = {
  step: VersionStep;
  /** Same-level links old → new, read from the rows (pairs and codes named in the change text). */
  links: Map<string, Set<string>>;
  /** The workbook's own one-to-one pairing of an old and a new code (same row or same label). */
  pairs: Map<string, string>;
  /** Old codes whose change text speaks of a boundary change. */
  boundaryShifted: Set<string>;
  /** Change text of each old code, for the notes. */
  changeText: Map<string, string>;
};

function addLink(links: Map<string, Set<string>>, from: string, to: string): void {
  const targets = links.get(from) ?? new Set<string>();
  targets.add(to);
  links.set(from, targets);
}

/**
 * Reads the links of one step. Besides explicit pairs, Eurostat names the other side of a change
 * in free text ("split into new LT01 and LT02", "PL92=PL128+…", "lost smaller parts to new ITG2F");
 * a code named in a row counts when it belongs to the same country and level as the row's code
 * and exists only in the other version (a code of the row's own version is a sibling, not a link).
 */
export function buildStepGraph(step: VersionStep): StepGraph {
  const links = new Map<string, Set<string>>();
  const pairs = new Map<string, string>();
  const boundaryShifted = new Set<string>();
  const changeText = new Map<string, string>();
  const isOldOnly = (code: string): boolean => step.oldCodes.has(code) && !step.newCodes.has(code);
  const isNewOnly = (code: string): boolean => step.newCodes.has(code) && !step.oldCodes.has(code);

  for (const row of step.rows) {
    const { oldCode, newCode } = row;
    if (oldCode !== null && newCode !== null && levelOf(oldCode) === levelOf(newCode)) {
      addLink(links, oldCode, newCode);
      if (!row.isPartial) pairs.set(oldCode, newCode);
    }
    if (oldCode !== null && row.text !== '') {
      const known = changeText.get(oldCode);
      // The main sheet and the per-level sheet often repeat the same words.
      if (known === undefined || row.text.toLowerCase().includes(known.toLowerCase())) {
        changeText.set(oldCode, row.text);
      } else if (!known.toLowerCase().includes(row.text.toLowerCase())) {
        changeText.set(oldCode, `${known}; ${row.text}`);
      }
      if (/boundary/i.test(row.text)) boundaryShifted.add(oldCode);
    }
    const rowCode = oldCode ?? newCode;
    if (rowCode === null) continue;
    for (const mentioned of codesMentioned(row.text)) {
      if (mentioned === oldCode || mentioned === newCode) continue;
      if (countryOf(mentioned) !== countryOf(rowCode) || levelOf(mentioned) !== levelOf(rowCode)) continue;
      if (oldCode !== null && isNewOnly(mentioned)) addLink(links, oldCode, mentioned);
      if (newCode !== null && isOldOnly(mentioned)) addLink(links, mentioned, newCode);
    }
  }

  // A region that ends and one that starts under the same name in the same step are the
  // workbook's way of pairing a boundary shift (e.g. SI01 → SI03 "Vzhodna Slovenija").
  const startingByLabel = new Map<string, string[]>();
  for (const code of step.newCodes) {
    if (!isNewOnly(code)) continue;
    const key = `${countryOf(code)}|${levelOf(code)}|${normaliseLabel(step.labels.new.get(code) ?? '')}`;
    startingByLabel.set(key, [...(startingByLabel.get(key) ?? []), code]);
  }
  for (const code of step.oldCodes) {
    if (!isOldOnly(code) || pairs.has(code)) continue;
    const label = normaliseLabel(step.labels.old.get(code) ?? '');
    const candidates = startingByLabel.get(`${countryOf(code)}|${levelOf(code)}|${label}`) ?? [];
    const [candidate] = candidates;
    if (label !== '' && candidates.length === 1 && candidate !== undefined) {
      pairs.set(code, candidate);
      addLink(links, code, candidate);
    }
  }
  return { step, links, pairs, boundaryShifted, changeText };
}

const normaliseLabel = (label: string): string =>
  label.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * What an old code becomes in the next version, at the same level. Below NUTS 3 the workbooks
 * give few direct links for NUTS 1/2 (e.g. "EL1 boundary shift", "NO01 discontinued"), so a
 * NUTS 0-2 code also follows its NUTS 3 pieces: the parents of wherever its pieces went.
 */
export function stepImage(graph: StepGraph, code: string): Set<string> {
  const image = new Set(graph.links.get(code) ?? []);
  if (levelOf(code) < 3) {
    for (const piece of graph.step.oldCodes) {
      if (levelOf(piece) !== 3 || !piece.startsWith(code)) continue;
      for (const target of graph.links.get(piece) ?? []) {
        const parent = target.slice(0, code.length);
        if (graph.step.newCodes.has(parent)) image.add(parent);
      }
    }
  }
  if (image.size === 0 && graph.step.newCodes.has(code) && !graph.links.has(code)) image.add(code);
  return image;
}

// ---------------------------------------------------------------------------------------------
// Chaining the steps to NUTS 2021 and classifying each code
// ---------------------------------------------------------------------------------------------

type Trace = { version: NutsVersion; codes: string[] }[];

function forward(
  graphs: readonly StepGraph[],
  startIndex: number,
  code: string,
): { image: Set<string>; trace: Trace } {
  let current = new Set([code]);
  const trace: Trace = [];
  for (const graph of graphs.slice(startIndex)) {
    const next = new Set<string>();
    for (const item of current) for (const target of stepImage(graph, item)) next.add(target);
    trace.push({ version: graph.step.to, codes: [...next].sort() });
    current = next;
  }
  return { image: current, trace };
}

/** Follows the workbook pairs step by step; null as soon as a step has no pair. */
function pairedSuccessor(graphs: readonly StepGraph[], startIndex: number, code: string): string | null {
  let current = code;
  for (const graph of graphs.slice(startIndex)) {
    const paired = graph.pairs.get(current) ?? (graph.step.newCodes.has(current) ? current : undefined);
    if (paired === undefined) return null;
    current = paired;
  }
  return current;
}

export type BuildInput = { graphs: StepGraph[]; nuts2021: Map<string, string> };

/** The version whose code list a code is read from: the most recent one that has it. */
function latestVersionIndex(graphs: readonly StepGraph[], code: string): number {
  for (let index = graphs.length - 1; index >= 0; index--)
    if (graphs[index]?.step.oldCodes.has(code)) return index;
  return -1;
}

export function buildRecodingEntries({ graphs, nuts2021 }: BuildInput): NutsRecodingEntry[] {
  const entries: NutsRecodingEntry[] = [];
  const images = new Map<string, Set<string>>();
  const imageOf = (startIndex: number, code: string): Set<string> => {
    const key = `${startIndex}|${code}`;
    const cached = images.get(key);
    if (cached !== undefined) return cached;
    const { image } = forward(graphs, startIndex, code);
    images.set(key, image);
    return image;
  };
  const seen = new Set<string>();
  for (let index = graphs.length - 1; index >= 0; index--) {
    const graph = graphs[index];
    if (graph === undefined) continue;
    for (const code of [...graph.step.oldCodes].sort()) {
      if (nuts2021.has(code) || seen.has(code) || latestVersionIndex(graphs, code) !== index) continue;
      seen.add(code);
      entries.push(classify(graphs, index, code, imageOf, nuts2021));
    }
  }
  return entries.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

function classify(
  graphs: readonly StepGraph[],
  startIndex: number,
  code: string,
  imageOf: (startIndex: number, code: string) => Set<string>,
  nuts2021: Map<string, string>,
): NutsRecodingEntry {
  const startGraph = graphs[startIndex];
  if (startGraph === undefined) throw new Error(`no step ${startIndex}`);
  const via = startGraph.step.to;
  const label = startGraph.step.labels.old.get(code) ?? '';
  const { trace } = forward(graphs, startIndex, code);
  const targets = [...imageOf(startIndex, code)].sort();
  // Every code of the same version and level that ends up in one of our targets.
  const sameLevel = [...startGraph.step.oldCodes].filter(
    (other) => levelOf(other) === levelOf(code) && countryOf(other) === countryOf(code),
  );
  const sourcesOf = (target: string): string[] =>
    sameLevel.filter((other) => imageOf(startIndex, other).has(target));
  // The codes entering each step along the way (the code itself, then its images).
  const entering = [[code], ...trace.map((t) => t.codes)];
  const isBoundaryShifted = graphs
    .slice(startIndex)
    .some((graph, offset) => (entering[offset] ?? []).some((c) => graph.boundaryShifted.has(c)));
  const changeText = startGraph.changeText.get(code) ?? '';
  const describe = (target: string): string => `${target} ${nuts2021.get(target) ?? ''}`.trim();
  const base = { from: code, level: levelOf(code), label, to: targets, via };

  if (targets.length === 0) {
    return {
      ...base,
      kind: 'discontinued',
      note: `${label}: discontinued in NUTS ${via}${quoteText(changeText)}; the correspondence table names no successor`,
    };
  }
  const isOnlySource = targets.every((target) => sameArray(sourcesOf(target), [code]));
  const [single] = targets;
  if (isOnlySource && targets.length === 1 && single !== undefined) {
    const path = codePath(code, trace);
    if (!isBoundaryShifted) return { ...base, kind: 'recoded', note: `${label}: code changed ${path}` };
    return {
      ...base,
      kind: 'boundary_change',
      successor: single,
      note: `${label}: code changed ${path} with a boundary change${quoteText(changeText)}; values are approximate`,
    };
  }
  if (isOnlySource) {
    return {
      ...base,
      kind: 'split',
      note: `${label}: split into ${targets.map(describe).join(' and ')} (NUTS ${firstChange(trace, code)})`,
    };
  }
  if (targets.length === 1 && single !== undefined) {
    const parts = sourcesOf(single);
    if (parts.every((part) => sameArray([...imageOf(startIndex, part)], [single]))) {
      const others = parts.filter((part) => part !== code);
      return {
        ...base,
        kind: 'merged',
        parts,
        note: `${label}: merged with ${others.join(', ')} into ${describe(single)} (NUTS ${firstChange(trace, code)})`,
      };
    }
  }
  const successor = approximateSuccessor(graphs, startIndex, code);
  const overlap = `its territory is now in ${targets.map(describe).join(', ')}`;
  return {
    ...base,
    kind: 'boundary_change',
    successor,
    note:
      successor === null
        ? `${label}: boundaries changed in NUTS ${firstChange(trace, code)}${quoteText(changeText)}; ${overlap}; not translated`
        : `${label}: boundaries changed in NUTS ${firstChange(trace, code)}${quoteText(changeText)}; ${overlap}; values shown under ${describe(successor)} are approximate`,
  };
}

/**
 * A boundary-changed region is shown under its paired successor only when one of the two
 * contains the other (it gained or lost territory, measured on NUTS 3 pieces); a swap of
 * territory (EL1 lost Thessalia and gained Ipeiros) has no successor.
 */
function approximateSuccessor(graphs: readonly StepGraph[], startIndex: number, code: string): string | null {
  const successor = pairedSuccessor(graphs, startIndex, code);
  const startGraph = graphs[startIndex];
  if (successor === null || startGraph === undefined) return null;
  const pieces = [...startGraph.step.oldCodes].filter(
    (piece) => levelOf(piece) === 3 && piece.startsWith(code),
  );
  const pieceImages = new Map(pieces.map((piece) => [piece, forward(graphs, startIndex, piece).image]));
  const isContainedInSuccessor =
    pieces.length > 0 &&
    [...pieceImages.values()].every((image) => [...image].every((target) => target.startsWith(successor)));
  const allPieces = [...startGraph.step.oldCodes].filter(
    (piece) => levelOf(piece) === 3 && countryOf(piece) === countryOf(code),
  );
  const successorSources = allPieces.filter((piece) =>
    [...forward(graphs, startIndex, piece).image].some((target) => target.startsWith(successor)),
  );
  const containsSuccessor =
    successorSources.length > 0 && successorSources.every((piece) => piece.startsWith(code));
  return isContainedInSuccessor || containsSuccessor ? successor : null;
}

function codePath(code: string, trace: Trace): string {
  const changes: string[] = [];
  let previous = code;
  for (const { version, codes } of trace) {
    const [current] = codes;
    if (codes.length === 1 && current !== undefined && current !== previous) {
      changes.push(`${changes.length === 0 ? `from ${previous} ` : 'then '}to ${current} (NUTS ${version})`);
      previous = current;
    }
  }
  return changes.join(', ');
}

function firstChange(trace: Trace, code: string): NutsVersion {
  const changed = trace.find(({ codes }) => !sameArray(codes, [code]));
  return changed?.version ?? '2021';
}

const quoteText = (text: string): string => (text === '' ? '' : ` ("${text.replace(/\s+/g, ' ').trim()}")`);

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().every((item, index) => item === [...b].sort()[index]);
}

// ---------------------------------------------------------------------------------------------
// NUTS 2006 codes (hand-derived) and output
// ---------------------------------------------------------------------------------------------

/** Chains the hand-written NUTS 2006 → 2010 changes through the workbooks to NUTS 2021. */
export function chainNuts2006({ graphs, nuts2021 }: BuildInput): NutsRecodingEntry[] {
  return NUTS_2006_CHANGES.map((change) => {
    const targets = new Set<string>();
    for (const code2010 of change.to)
      for (const target of forward(graphs, 0, code2010).image) targets.add(target);
    const to = [...targets].sort();
    const unchanged = sameArray(to, change.to);
    if (!unchanged)
      throw new Error(
        `${change.from}: NUTS 2010 target ${change.to.join(', ')} changed again after 2010; review the hand-written entry`,
      );
    for (const target of to)
      if (!nuts2021.has(target)) throw new Error(`${change.from}: ${target} is not a NUTS 2021 code`);
    return { ...change, to, via: '2010' };
  });
}

export function checkEntries(entries: readonly NutsRecodingEntry[], nuts2021: Map<string, string>): void {
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.from)) throw new Error(`duplicate entry for ${entry.from}`);
    seen.add(entry.from);
    if (nuts2021.has(entry.from))
      throw new Error(`${entry.from} is a NUTS 2021 code and must not be recoded`);
    for (const target of entry.to)
      if (!nuts2021.has(target)) throw new Error(`${entry.from} → ${target}: not a NUTS 2021 code`);
    if (entry.kind === 'merged' && (entry.parts === undefined || !entry.parts.includes(entry.from)))
      throw new Error(`${entry.from}: merged without parts`);
  }
}

function countByKind(entries: readonly NutsRecodingEntry[]): Record<RecodingKind, number> {
  const counts: Record<RecodingKind, number> = {
    recoded: 0,
    merged: 0,
    split: 0,
    boundary_change: 0,
    discontinued: 0,
  };
  for (const entry of entries) counts[entry.kind] += 1;
  return counts;
}

/** Reads the workbooks in `dataDir` and returns the content of nuts-recoding.json. */
export function buildRecodingFile(dataDir: string): { file: NutsRecodingFile; orphans: string[] } {
  const { steps, nuts2021 } = readSteps(dataDir);
  const graphs = steps.map(buildStepGraph);
  const input = { graphs, nuts2021 };
  const entries = [...buildRecodingEntries(input), ...chainNuts2006(input)].sort((a, b) =>
    a.from < b.from ? -1 : a.from > b.from ? 1 : 0,
  );
  checkEntries(entries, nuts2021);
  // NUTS 3 pieces the workbooks leave without any successor (documented in the README).
  const orphans = graphs.flatMap((graph) =>
    [...graph.step.oldCodes]
      .filter(
        (code) => levelOf(code) === 3 && !graph.step.newCodes.has(code) && stepImage(graph, code).size === 0,
      )
      .map((code) => `${code} (NUTS ${graph.step.from}→${graph.step.to})`),
  );
  const file: NutsRecodingFile = {
    description:
      'NUTS codes of versions 2006 (partial, hand-derived), 2010, 2013 and 2016 that are not NUTS 2021 codes, and what they became in NUTS 2021. Generated by scripts/build-nuts-recoding.ts; see README.md.',
    source:
      'Eurostat NUTS correspondence tables (NUTS2010-NUTS2013.xls, NUTS2013-NUTS2016.xlsx, NUTS2021.xlsx). Source: Eurostat.',
    counts: countByKind(entries),
    entries,
  };
  return { file, orphans };
}

function main(): void {
  const scriptDir = dirname(fileURLToPath(import.meta.url));
  const dataDir = process.argv[2] ? resolve(process.argv[2]) : resolve(scriptDir, '../../shared/data');
  const { file, orphans } = buildRecodingFile(dataDir);
  const target = resolve(scriptDir, '../src/modules/s3/data/nuts-recoding.json');
  writeFileSync(target, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
  console.log(`wrote ${file.entries.length} entries to ${target}`, file.counts);
  if (orphans.length > 0)
    console.log(`NUTS 3 codes without successor in the workbooks: ${orphans.join(', ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
