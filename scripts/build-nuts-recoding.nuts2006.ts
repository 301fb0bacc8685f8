/**
 * NUTS 2006 → NUTS 2010 changes, written by hand for the few NUTS 2006 codes that Eurostat's
 * SBS file (sbs_r_nuts06_r2) still carries for 2008-2010. shared/data has no 2006-2010
 * correspondence workbook; the facts below are from Eurostat's geo.dic labels ("… (NUTS 2006)")
 * and the official NUTS 2006/2010 regulations, and they are checked against the data itself
 * (see src/modules/s3/data/README.md): e.g. SBS persons employed in C, 2008: DE41 35,680 +
 * DE42 51,045 = DE4 86,725; 2010: FI13 35,297 + FI1A 38,713 = FI1D 74,010.
 */
import type { NutsRecodingEntry } from '../src/modules/s3/domain/import/nuts-recoding.ts';

type HandEntry = Omit<NutsRecodingEntry, 'via'>;

const recoded = (from: string, to: string, label: string): HandEntry => ({
  from,
  level: from.length - 2,
  label,
  to: [to],
  kind: 'recoded',
  note: `${label}: code changed from ${from} to ${to} (NUTS 2010)`,
});

export const NUTS_2006_CHANGES: HandEntry[] = [
  // Brandenburg's two NUTS 2 regions were merged into one.
  ...(['DE41', 'DE42'] as const).map((from): HandEntry => {
    const label = from === 'DE41' ? 'Brandenburg - Nordost' : 'Brandenburg - Südwest';
    const other = from === 'DE41' ? 'DE42' : 'DE41';
    return {
      from,
      level: 2,
      label,
      to: ['DE40'],
      kind: 'merged',
      parts: ['DE41', 'DE42'],
      note: `${label}: merged with ${other} into DE40 Brandenburg (NUTS 2010)`,
    };
  }),
  // Saxony's 2008 district reform moved the Döbeln district from Leipzig to Chemnitz.
  {
    from: 'DED1',
    level: 2,
    label: 'Chemnitz',
    to: ['DED4'],
    kind: 'boundary_change',
    successor: 'DED4',
    note: 'Chemnitz: code changed from DED1 to DED4 (NUTS 2010) with a boundary change (gained the former Döbeln district from Leipzig); values are approximate',
  },
  {
    from: 'DED3',
    level: 2,
    label: 'Leipzig',
    to: ['DED4', 'DED5'],
    kind: 'boundary_change',
    successor: 'DED5',
    note: 'Leipzig: code changed from DED3 to DED5 (NUTS 2010) with a boundary change (lost the former Döbeln district to DED4 Chemnitz); values shown under DED5 are approximate',
  },
  // Finland: Itä-Suomi + Pohjois-Suomi → Pohjois- ja Itä-Suomi; Etelä-Suomi split off Helsinki-Uusimaa.
  ...(['FI13', 'FI1A'] as const).map((from): HandEntry => {
    const label = from === 'FI13' ? 'Itä-Suomi' : 'Pohjois-Suomi';
    const other = from === 'FI13' ? 'FI1A' : 'FI13';
    return {
      from,
      level: 2,
      label,
      to: ['FI1D'],
      kind: 'merged',
      parts: ['FI13', 'FI1A'],
      note: `${label}: merged with ${other} into FI1D Pohjois- ja Itä-Suomi (NUTS 2010)`,
    };
  }),
  {
    from: 'FI18',
    level: 2,
    label: 'Etelä-Suomi',
    to: ['FI1B', 'FI1C'],
    kind: 'split',
    note: 'Etelä-Suomi: split into FI1B Helsinki-Uusimaa (Uusimaa + Itä-Uusimaa) and FI1C Etelä-Suomi (NUTS 2010)',
  },
  // Italy: seven municipalities of Alta Valmarecchia moved from Marche to Emilia-Romagna (2009),
  // so Nord-Est and Centro and all their regions were recoded ITD → ITH, ITE → ITI.
  {
    from: 'ITD',
    level: 1,
    label: 'Nord-Est',
    to: ['ITH'],
    kind: 'boundary_change',
    successor: 'ITH',
    note: 'Nord-Est: code changed from ITD to ITH (NUTS 2010) with a small boundary change (gained Alta Valmarecchia from Marche); values are approximate',
  },
  recoded('ITD1', 'ITH1', 'Provincia Autonoma di Bolzano/Bozen'),
  recoded('ITD2', 'ITH2', 'Provincia Autonoma di Trento'),
  recoded('ITD3', 'ITH3', 'Veneto'),
  recoded('ITD4', 'ITH4', 'Friuli-Venezia Giulia'),
  {
    from: 'ITD5',
    level: 2,
    label: 'Emilia-Romagna',
    to: ['ITH5'],
    kind: 'boundary_change',
    successor: 'ITH5',
    note: 'Emilia-Romagna: code changed from ITD5 to ITH5 (NUTS 2010) with a small boundary change (gained Alta Valmarecchia from Marche); values are approximate',
  },
  {
    from: 'ITE',
    level: 1,
    label: 'Centro (IT)',
    to: ['ITH', 'ITI'],
    kind: 'boundary_change',
    successor: 'ITI',
    note: 'Centro (IT): code changed from ITE to ITI (NUTS 2010) with a small boundary change (lost Alta Valmarecchia to ITH Nord-Est); values shown under ITI are approximate',
  },
  recoded('ITE1', 'ITI1', 'Toscana'),
  recoded('ITE2', 'ITI2', 'Umbria'),
  {
    from: 'ITE3',
    level: 2,
    label: 'Marche',
    to: ['ITH5', 'ITI3'],
    kind: 'boundary_change',
    successor: 'ITI3',
    note: 'Marche: code changed from ITE3 to ITI3 (NUTS 2010) with a small boundary change (lost Alta Valmarecchia to ITH5 Emilia-Romagna); values shown under ITI3 are approximate',
  },
  recoded('ITE4', 'ITI4', 'Lazio'),
  // England: Halton moved from Cheshire to Merseyside.
  {
    from: 'UKD2',
    level: 2,
    label: 'Cheshire',
    to: ['UKD6', 'UKD7'],
    kind: 'boundary_change',
    successor: 'UKD6',
    note: 'Cheshire: code changed from UKD2 to UKD6 (NUTS 2010) with a boundary change (Halton moved to UKD7 Merseyside); values shown under UKD6 are approximate',
  },
  {
    from: 'UKD5',
    level: 2,
    label: 'Merseyside',
    to: ['UKD7'],
    kind: 'boundary_change',
    successor: 'UKD7',
    note: 'Merseyside: code changed from UKD5 to UKD7 (NUTS 2010) with a boundary change (gained Halton from Cheshire); values are approximate',
  },
];
