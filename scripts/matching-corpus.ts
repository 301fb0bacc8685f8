// A generated network of partnering profiles for the matching benchmark: fixed seed, ten sectors
// with their own products, processes, materials, markets, NACE classes and technology fields, and
// EEN-style sentences for offers, requests and R&D partner searches.
import type { MatchInput, MatchProfileType } from '../src/modules/matching/domain/document.ts';
import { seeded } from './seeded-random.ts';

export { seeded };

type Sector = {
  s3: string;
  nace: string[];
  tech: number[];
  products: string[];
  processes: string[];
  materials: string[];
  markets: string[];
};

const SECTORS: Sector[] = [
  {
    s3: 'Smart food',
    nace: ['C10.51', 'C10.52', 'C10.71', 'C10.89', 'C10.91', 'C11.07', 'C10.1', 'C10.3'],
    tech: [18, 15, 23],
    products: [
      'lactose-free milk',
      'whey protein concentrate',
      'plant-based yoghurt',
      'rye bread',
      'berry juice',
      'cheese',
      'smoked fish',
      'pet food',
      'fermented vegetables',
      'probiotic drink',
    ],
    processes: [
      'membrane filtration',
      'enzymatic hydrolysis',
      'spray drying',
      'high-pressure processing',
      'fermentation',
      'pasteurisation',
      'cold chain monitoring',
      'freeze drying',
    ],
    materials: ['milk', 'whey', 'oats', 'rapeseed', 'sea buckthorn', 'barley', 'herring', 'potato starch'],
    markets: [
      'retail chains',
      'food service',
      'dairy cooperatives',
      'bakeries',
      'infant nutrition',
      'sports nutrition',
    ],
  },
  {
    s3: 'Bioeconomy',
    nace: ['A02.20', 'C16.10', 'C16.23', 'C17.11', 'C20.14', 'A03.21', 'C16.21'],
    tech: [15, 19, 28, 24],
    products: [
      'cross-laminated timber',
      'wood pellets',
      'lignin adhesive',
      'cellulose fibre',
      'biochar',
      'nanocellulose film',
      'fish feed',
      'bio-based packaging',
    ],
    processes: [
      'pyrolysis',
      'kraft pulping',
      'kiln drying',
      'torrefaction',
      'recirculating aquaculture',
      'biorefining',
      'extraction of tannins',
    ],
    materials: ['birch', 'spruce', 'sawdust', 'bark', 'straw', 'algae', 'lignin', 'hemp'],
    markets: [
      'construction',
      'packaging',
      'energy utilities',
      'aquaculture farms',
      'furniture makers',
      'paper mills',
    ],
  },
  {
    s3: 'ICT',
    nace: ['J62.01', 'J62.02', 'J63.11', 'C26.11', 'C26.51', 'J61.20', 'J58.29'],
    tech: [6, 7, 4, 3],
    products: [
      'IoT sensor platform',
      'machine vision software',
      'cybersecurity audit tool',
      'digital twin',
      'mobile health app',
      'edge gateway',
      'data analytics dashboard',
      'chatbot',
    ],
    processes: [
      'machine learning',
      'anomaly detection',
      'predictive maintenance',
      'penetration testing',
      'computer vision',
      'natural language processing',
      'cloud integration',
    ],
    materials: ['sensor data', 'satellite images', 'LoRaWAN', 'open APIs', 'GPS tracks', 'medical records'],
    markets: ['manufacturers', 'municipalities', 'hospitals', 'logistics operators', 'banks', 'retailers'],
  },
  {
    s3: 'Blue growth',
    nace: ['C30.11', 'C30.12', 'H50.20', 'H52.22', 'H52.24', 'C33.15', 'B09.10'],
    tech: [32, 27, 29, 10],
    products: [
      'hybrid ferry',
      'hull cleaning robot',
      'port crane automation',
      'ballast water treatment system',
      'mooring sensor',
      'electric workboat',
      'container tracking',
    ],
    processes: [
      'hull coating',
      'shore power',
      'route optimisation',
      'underwater inspection',
      'welding of aluminium hulls',
      'LNG bunkering',
    ],
    materials: [
      'aluminium',
      'composite laminates',
      'marine steel',
      'antifouling paint',
      'battery packs',
      'biofuel',
    ],
    markets: [
      'shipyards',
      'port authorities',
      'ferry operators',
      'offshore wind farms',
      'fishing fleets',
      'marinas',
    ],
  },
  {
    s3: 'Smart energy',
    nace: ['D35.11', 'C27.11', 'C28.25', 'F43.22', 'C27.20', 'D35.30', 'M71.12'],
    tech: [1, 27, 30, 12],
    products: [
      'heat pump',
      'battery storage system',
      'solar roof tiles',
      'hydrogen electrolyser',
      'smart meter',
      'district heating controller',
      'wind turbine blade',
    ],
    processes: [
      'energy audit',
      'demand response',
      'waste heat recovery',
      'grid balancing',
      'thermal storage',
      'blade repair',
    ],
    materials: [
      'lithium iron phosphate',
      'photovoltaic cells',
      'geothermal brine',
      'hydrogen',
      'insulation panels',
      'biogas',
    ],
    markets: [
      'housing associations',
      'district heating companies',
      'industrial plants',
      'grid operators',
      'farms',
      'schools',
    ],
  },
  {
    s3: 'Advanced manufacturing',
    nace: ['C25.62', 'C28.41', 'C28.99', 'C25.11', 'C33.12', 'C28.22', 'C29.32'],
    tech: [26, 25, 31, 12],
    products: [
      'collaborative robot',
      'CNC machining centre',
      '3D-printed spare parts',
      'gripper',
      'laser cutting cell',
      'automated guided vehicle',
      'hydraulic press',
    ],
    processes: [
      'additive manufacturing',
      'laser welding',
      'precision machining',
      'powder coating',
      'sheet metal forming',
      'quality inspection',
    ],
    materials: [
      'stainless steel',
      'titanium powder',
      'aluminium profiles',
      'cast iron',
      'carbon fibre',
      'tool steel',
    ],
    markets: [
      'automotive suppliers',
      'machine builders',
      'agricultural machinery',
      'railway industry',
      'defence industry',
    ],
  },
  {
    s3: 'Health tech',
    nace: ['C32.50', 'C21.20', 'Q86.90', 'C26.60', 'M72.11', 'Q87.30'],
    tech: [13, 16, 11, 10],
    products: [
      'fall detection sensor',
      'rapid diagnostic test',
      'rehabilitation exoskeleton',
      'wound dressing',
      'telemedicine platform',
      'hearing aid',
      'dental implant',
    ],
    processes: [
      'clinical validation',
      'biomarker screening',
      'remote monitoring',
      'sterilisation',
      'CE marking under MDR',
      'gait analysis',
    ],
    materials: ['hydrogel', 'silicone', 'antibodies', 'biocompatible titanium', 'chitosan'],
    markets: [
      'care homes',
      'hospitals',
      'rehabilitation centres',
      'pharmacies',
      'elderly people living at home',
    ],
  },
  {
    s3: 'Circular economy',
    nace: ['E38.32', 'E37.00', 'C22.21', 'E38.21', 'C23.61', 'E36.00'],
    tech: [24, 17, 23, 35],
    products: [
      'recycled plastic granulate',
      'wastewater treatment plant',
      'construction waste sorting line',
      'composting reactor',
      'textile recycling process',
      'sludge dryer',
    ],
    processes: [
      'sorting by near-infrared',
      'anaerobic digestion',
      'chemical recycling',
      'phosphorus recovery',
      'reverse osmosis',
      'upcycling',
    ],
    materials: ['PET bottles', 'concrete rubble', 'textile waste', 'sewage sludge', 'food waste', 'fly ash'],
    markets: [
      'water utilities',
      'municipal waste companies',
      'construction firms',
      'fashion brands',
      'plastics converters',
    ],
  },
  {
    s3: 'Creative industries',
    nace: ['J58.21', 'R90.03', 'M74.10', 'C31.09', 'N79.12', 'J59.11'],
    tech: [33, 34, 2],
    products: [
      'serious game',
      'augmented reality guide',
      'designer furniture',
      'virtual museum tour',
      'eco-tourism package',
      'animation series',
    ],
    processes: [
      'user experience design',
      'motion capture',
      'storytelling',
      'product design',
      '3D scanning of heritage',
    ],
    materials: ['reclaimed wood', 'wool felt', 'linen', 'game engine assets'],
    markets: ['museums', 'tour operators', 'schools', 'hotels', 'interior architects', 'publishers'],
  },
  {
    s3: 'Smart materials',
    nace: ['C20.16', 'C20.30', 'C23.51', 'C13.96', 'C22.29', 'C20.59'],
    tech: [17, 21, 20, 22],
    products: [
      'self-healing coating',
      'bio-based polymer',
      'low-carbon cement',
      'technical textile',
      'graphene ink',
      'fire-retardant additive',
    ],
    processes: [
      'sol-gel coating',
      'extrusion',
      'injection moulding',
      'plasma treatment',
      'nanoparticle dispersion',
    ],
    materials: ['polylactic acid', 'graphene', 'basalt fibre', 'silica', 'epoxy resin', 'recycled glass'],
    markets: ['building industry', 'automotive', 'packaging', 'outdoor clothing', 'electronics'],
  },
];

const COUNTRIES = ['PL', 'LV', 'EE', 'LT', 'FI', 'DE', 'DK', 'SE', 'NO', 'NL', 'FR', 'IT', 'ES', 'CZ'];
const TYPES: MatchProfileType[] = [
  'technology_offer',
  'technology_offer',
  'technology_request',
  'technology_request',
  'business_offer',
  'business_request',
  'rd_partner_search',
];
const PARTNERSHIPS: Record<MatchProfileType, string[]> = {
  technology_offer: [
    'licence',
    'technical_cooperation',
    'commercial_with_technical_assistance',
    'joint_venture',
  ],
  technology_request: [
    'licence',
    'technical_cooperation',
    'commercial_with_technical_assistance',
    'research_cooperation',
  ],
  business_offer: ['commercial_agreement', 'subcontracting', 'services', 'acquisition'],
  business_request: ['commercial_agreement', 'subcontracting', 'services', 'financial'],
  rd_partner_search: ['research_cooperation', 'technical_cooperation'],
};

export type GeneratedProfile = MatchInput & { organisationIndex: number };
export type GeneratedOrganisation = { country: string; helix: 'industry' | 'research'; sizeClass: string };

/** Organisations (country, helix, size) and their published profiles. */
export function generateNetwork(
  count: number,
  organisationCount: number,
  seed = 20261127,
): { organisations: GeneratedOrganisation[]; profiles: GeneratedProfile[] } {
  const next = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], n: number): T[] => [
    ...new Set(Array.from({ length: n }, () => pick(list))),
  ];
  const now = Date.parse('2026-11-27T00:00:00Z');
  const organisationSector = Array.from({ length: organisationCount }, () =>
    Math.floor(next() * SECTORS.length),
  );
  const organisations: GeneratedOrganisation[] = Array.from({ length: organisationCount }, () => ({
    country: pick(COUNTRIES),
    helix: next() < 0.15 ? 'research' : 'industry',
    sizeClass: pick(['micro', 'small', 'medium', 'large']),
  }));
  const profiles = Array.from({ length: count }, (_, i) => {
    const organisationIndex = Math.floor(next() * organisationCount);
    const organisation = organisations[organisationIndex] as GeneratedOrganisation;
    // Most profiles are in their organisation's sector; some reach into another one.
    const sector = SECTORS[
      next() < 0.85 ? (organisationSector[organisationIndex] as number) : Math.floor(next() * SECTORS.length)
    ] as Sector;
    const type = pick(TYPES);
    const [product, process, material, market] = [
      pick(sector.products),
      pick(sector.processes),
      pick(sector.materials),
      pick(sector.markets),
    ];
    const other = pick(sector.products);
    const title =
      type === 'technology_offer'
        ? `${process[0]?.toUpperCase()}${process.slice(1)} for ${product} offered`
        : type === 'technology_request'
          ? `${product[0]?.toUpperCase()}${product.slice(1)} producer seeks ${process} technology`
          : type === 'business_offer'
            ? `Manufacturer of ${product} looks for distributors`
            : type === 'business_request'
              ? `Supplier of ${product} sought by ${market}`
              : `R&D partners sought for ${process} of ${material}`;
    const summary =
      type === 'technology_offer'
        ? `The company has developed ${process} for ${product} made from ${material}. It offers the technology to ${market} under licence or with technical assistance.`
        : type === 'technology_request'
          ? `A producer of ${product} for ${market} wants to introduce ${process} to cut costs and use ${material} better. It looks for a proven solution.`
          : type === 'business_offer'
            ? `A manufacturer of ${product} and ${other} from ${material} offers its products to ${market} abroad.`
            : type === 'business_request'
              ? `A buyer serving ${market} looks for a reliable supplier of ${product} made of ${material}.`
              : `A research group prepares a Horizon Europe proposal on ${process} of ${material} for ${product}.`;
    const description = [
      `The ${product} is used by ${market}; ${process} reduces energy use and waste.`,
      `Work so far covers ${pick(sector.processes)} and tests with ${pick(sector.materials)}.`,
      `Customers include ${pick(sector.markets)} in ${pick(COUNTRIES)}.`,
      `The next step is ${pick(sector.processes)} at pilot scale with ${pick(sector.products)}.`,
    ].join(' ');
    const partnerSought =
      type === 'technology_offer' || type === 'business_offer'
        ? `Partners among ${market} who need ${product}.`
        : `A partner with experience in ${process} and ${material}.`;
    const publishedAt = now - Math.floor(next() * 330) * 86_400_000;
    return {
      id: `bench-${i}`,
      kind: 'profile' as const,
      role: type,
      title,
      summary,
      description,
      partnerSought,
      nace:
        next() < 0.1
          ? []
          : some(sector.nace, 1 + Math.floor(next() * 2)).map((code) =>
              next() < 0.2 ? code.slice(0, 5) : code,
            ),
      techFields:
        type.startsWith('business') && next() < 0.6 ? [] : some(sector.tech, 1 + Math.floor(next() * 2)),
      s3Domains: next() < 0.5 ? [sector.s3] : [],
      partnershipTypes: some(PARTNERSHIPS[type], 1 + Math.floor(next() * 2)),
      country: organisation.country,
      targetCountries: next() < 0.1 ? some(COUNTRIES, 1 + Math.floor(next() * 3)) : [],
      trl: type.startsWith('technology') || type === 'rd_partner_search' ? 3 + Math.floor(next() * 7) : null,
      stage: null,
      language: 'en',
      helix: organisation.helix,
      sizeClass: organisation.sizeClass,
      publishedAt,
      expiresAt: publishedAt + 365 * 86_400_000,
      organisationId: `bench-org-${organisationIndex}`,
      organisationIndex,
    };
  });
  return { organisations, profiles };
}

export { COUNTRIES as BENCH_COUNTRIES };
