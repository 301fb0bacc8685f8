// The code lists with which a RIS3 priority is coded, after the EU S3 Platform's Eye@RIS3 tool:
// scientific domains (NABS 2007 chapters) and EU policy objectives (target markets and policy
// priorities). Economic domains (NACE Rev.2) and technology fields (WIPO) live in the reference module.
//
// Sources:
// - NABS 2007: Eurostat, "Nomenclature for the analysis and comparison of scientific programmes and
//   budgets" (NABS 2007), chapter level; used by Eurostat GBARD statistics (gba_nabsfin07).
// - Policy objectives: S3 Platform, "Guide to the Eye@RIS3?" (JRC-IPTS, c. 2013), appendices listing the
//   categories of the database; copy at https://abcdocz.com/doc/1682580/guide-to-the-eye%40ris3%3F---s3-platform
//   and the tool's page https://s3platform.jrc.ec.europa.eu/eye-ris3 .
//
// Verification status (2026): the guide's appendix itself could not be read (only its introduction was
// reachable), so the policy-objective list is reconstructed from how Eye@RIS3 shows the categories and
// from the EU policy documents the categories were taken from:
// - KETs: the six Key Enabling Technologies of COM(2012) 341 / the KETs High-Level Group. Verified
//   against the S3 Platform's KETs page and JRC report EUR 26150 (Sörvik et al. 2013, "Preliminary report
//   on KETs priorities declared by regions ... RIS3").
// - Blue growth: the five focus areas of COM(2012) 494 "Blue Growth" (blue energy, aquaculture, maritime
//   coastal and cruise tourism, marine mineral resources, blue biotechnology). Verified against
//   COM(2012) 494. 'blue-growth-maritime-transport' is NOT one of the five focus areas: it is our addition
//   for the established maritime sectors (shipping, ports, shipbuilding) that COM(2012) 494 names; unverified
//   as an Eye@RIS3 sub-category.
// - Digital agenda, Sustainable innovation, Public health & security: the group names are as in Eye@RIS3;
//   the sub-categories are ours, after the Digital Agenda for Europe, the Resource-efficient Europe flagship
//   and the Horizon 2020 societal challenges. Unverified against the guide.
// - Creative & cultural industries, Service innovation, Social innovation, Human capital, Capacity
//   building: single categories as in Eye@RIS3; unverified whether the guide subdivides them.
// Codes are our own stable slugs; names are English display names.

export type CodeEntry = { readonly code: string; readonly name: string };
export type PolicyObjective = CodeEntry & { readonly group: string };

/** The 14 chapters of NABS 2007 (socio-economic objectives of R&D). */
export const NABS_CHAPTERS: readonly CodeEntry[] = [
  { code: '01', name: 'Exploration and exploitation of the earth' },
  { code: '02', name: 'Environment' },
  { code: '03', name: 'Exploration and exploitation of space' },
  { code: '04', name: 'Transport, telecommunication and other infrastructures' },
  { code: '05', name: 'Energy' },
  { code: '06', name: 'Industrial production and technology' },
  { code: '07', name: 'Health' },
  { code: '08', name: 'Agriculture' },
  { code: '09', name: 'Education' },
  { code: '10', name: 'Culture, recreation, religion and mass media' },
  { code: '11', name: 'Political and social systems, structures and processes' },
  { code: '12', name: 'General advancement of knowledge: R&D financed from General University Funds (GUF)' },
  { code: '13', name: 'General advancement of knowledge: R&D financed from other sources than GUF' },
  { code: '14', name: 'Defence' },
];

export const POLICY_OBJECTIVE_GROUPS = [
  'KETs',
  'Blue growth',
  'Digital agenda',
  'Sustainable innovation',
  'Public health & security',
  'Creative & cultural industries',
  'Service innovation',
  'Social innovation',
  'Human capital',
  'Capacity building',
] as const;
export type PolicyObjectiveGroup = (typeof POLICY_OBJECTIVE_GROUPS)[number];

/** EU policy objectives (target markets and policy priorities) of Eye@RIS3; see the header for sources. */
export const POLICY_OBJECTIVES: readonly PolicyObjective[] = [
  // Key Enabling Technologies (COM(2012) 341).
  { code: 'kets-advanced-materials', name: 'Advanced materials', group: 'KETs' },
  { code: 'kets-nanotechnology', name: 'Nanotechnology', group: 'KETs' },
  { code: 'kets-micro-nano-electronics', name: 'Micro- and nano-electronics', group: 'KETs' },
  { code: 'kets-photonics', name: 'Photonics', group: 'KETs' },
  { code: 'kets-industrial-biotechnology', name: 'Industrial biotechnology', group: 'KETs' },
  { code: 'kets-advanced-manufacturing-systems', name: 'Advanced manufacturing systems', group: 'KETs' },
  // Blue growth (COM(2012) 494).
  { code: 'blue-growth-aquaculture', name: 'Aquaculture', group: 'Blue growth' },
  { code: 'blue-growth-blue-energy', name: 'Blue renewable energy', group: 'Blue growth' },
  { code: 'blue-growth-coastal-tourism', name: 'Maritime, coastal and cruise tourism', group: 'Blue growth' },
  { code: 'blue-growth-marine-mineral-resources', name: 'Marine mineral resources', group: 'Blue growth' },
  { code: 'blue-growth-blue-biotechnology', name: 'Blue biotechnology', group: 'Blue growth' },
  {
    code: 'blue-growth-maritime-transport',
    name: 'Maritime transport, ports and shipbuilding',
    group: 'Blue growth',
  },
  // Digital agenda (sub-categories unverified).
  { code: 'digital-agenda-broadband', name: 'High-speed broadband and networks', group: 'Digital agenda' },
  {
    code: 'digital-agenda-digital-economy',
    name: 'Digital economy, ICT products and services',
    group: 'Digital agenda',
  },
  {
    code: 'digital-agenda-cyber-security',
    name: 'ICT trust, cyber security and network security',
    group: 'Digital agenda',
  },
  {
    code: 'digital-agenda-e-government',
    name: 'e-Government and digital public services',
    group: 'Digital agenda',
  },
  { code: 'digital-agenda-e-health', name: 'e-Health', group: 'Digital agenda' },
  // Sustainable innovation (sub-categories unverified).
  { code: 'sustainable-innovation-eco-innovation', name: 'Eco-innovation', group: 'Sustainable innovation' },
  {
    code: 'sustainable-innovation-resource-efficiency',
    name: 'Resource efficiency and circular economy',
    group: 'Sustainable innovation',
  },
  {
    code: 'sustainable-innovation-clean-energy',
    name: 'Clean and renewable energy',
    group: 'Sustainable innovation',
  },
  {
    code: 'sustainable-innovation-energy-efficiency',
    name: 'Energy efficiency',
    group: 'Sustainable innovation',
  },
  {
    code: 'sustainable-innovation-sustainable-mobility',
    name: 'Sustainable and smart mobility',
    group: 'Sustainable innovation',
  },
  // Public health & security (sub-categories unverified).
  { code: 'public-health-ageing', name: 'Active and healthy ageing', group: 'Public health & security' },
  { code: 'public-health-health-wellbeing', name: 'Health and wellbeing', group: 'Public health & security' },
  {
    code: 'public-health-food-security',
    name: 'Food safety and security',
    group: 'Public health & security',
  },
  {
    code: 'public-health-secure-societies',
    name: 'Safety and security of society',
    group: 'Public health & security',
  },
  // Single categories.
  {
    code: 'creative-cultural-industries',
    name: 'Creative and cultural industries',
    group: 'Creative & cultural industries',
  },
  { code: 'service-innovation', name: 'Service innovation', group: 'Service innovation' },
  { code: 'social-innovation', name: 'Social innovation', group: 'Social innovation' },
  { code: 'human-capital', name: 'Human capital', group: 'Human capital' },
  { code: 'capacity-building', name: 'Capacity building', group: 'Capacity building' },
];

const NABS_BY_CODE: ReadonlyMap<string, CodeEntry> = new Map(NABS_CHAPTERS.map((c) => [c.code, c]));
const OBJECTIVES_BY_CODE: ReadonlyMap<string, PolicyObjective> = new Map(
  POLICY_OBJECTIVES.map((o) => [o.code, o]),
);

export function isNabsChapter(code: string): boolean {
  return NABS_BY_CODE.has(code);
}

export function isPolicyObjective(code: string): boolean {
  return OBJECTIVES_BY_CODE.has(code);
}

/** The chapter's English name, or undefined for an unknown code. */
export function nabsName(code: string): string | undefined {
  return NABS_BY_CODE.get(code)?.name;
}

/** The objective's English name, or undefined for an unknown code. */
export function policyObjectiveName(code: string): string | undefined {
  return OBJECTIVES_BY_CODE.get(code)?.name;
}

/** The objective's group (e.g. "KETs"), or undefined for an unknown code. */
export function policyObjectiveGroup(code: string): string | undefined {
  return OBJECTIVES_BY_CODE.get(code)?.group;
}
