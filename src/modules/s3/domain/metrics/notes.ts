// What computeMetrics tells the analyst about the data besides the figures: values left out
// and why, and conditions under which a figure is undefined or fragile.

export const METRICS_NOTE_CODES = [
  'MISSING_VALUES',
  'REGION_WITHOUT_DATA',
  'ACTIVITY_WITHOUT_DATA',
  'REGION_WITHOUT_SPECIALISATION',
  'ACTIVITY_WITHOUT_SPECIALISATION',
  'DISCONNECTED_ACTIVITY_SPACE',
  'COMPLEXITY_UNDEFINED',
  'COMPLEXITY_ILL_CONDITIONED',
  'COMPLEXITY_SIGN_UNDETERMINED',
] as const;
export type MetricsNoteCode = (typeof METRICS_NOTE_CODES)[number];

export type MetricsNote = {
  code: MetricsNoteCode;
  level: 'info' | 'warning';
  message: string;
  regions?: string[];
  activities?: string[];
};
