// Demo data of the Trans-S3 module: the published RIS3 priorities of the seven GoSmart BSR regions,
// coded like the EU S3 Platform's Eye@RIS3 tool (NACE Rev.2, NABS 2007 chapters, EU policy objectives,
// WIPO technology fields). DEMO DATA: the titles follow the strategies, but the descriptions are our own
// summaries and the coding is ours, not the regions' own Eye@RIS3 entries.
//
// Strategy documents (English titles; original-language title where the document is not in English):
// - Podlaskie (PL84): "Plan rozwoju przedsiębiorczości w oparciu o inteligentne specjalizacje województwa
//   podlaskiego na lata 2021–2027+ (RIS3 2027+)", adopted 24.11.2021, implementing the Podlaskie
//   Development Strategy 2030; its core specialisations continue RIS3 2015–2020+ (as encoded in Eye@RIS3
//   under the former NUTS code PL34). Checked against strategia.wrotapodlasia.pl/pl/ris/ and the Eye@RIS3
//   region page.
// - Latvia (LV, national strategy, also used by Vidzeme planning region): "Smart Specialisation Strategy
//   (RIS3) of Latvia", 2014, areas as named for 2021–2027 (em.gov.lv: "smart energy and mobility").
//   Year 2021 for the renamed areas is our assumption.
// - Estonia (EE, national): growth areas of "Knowledge-based Estonia" (Estonian R&D and Innovation Strategy
//   2014–2020) and the Estonian Entrepreneurship Growth Strategy 2014–2020, sub-areas of "more efficient use
//   of resources" after the Estonian Development Fund's smart specialisation analysis (2013). Checked
//   against mkm.ee and the Development Fund's analysis. The successor RDIE Strategy 2021–2035 is not coded.
// - Lithuania (LT, national): "Programme on the implementation of the priority areas of research and
//   (socio-cultural) development and innovation (smart specialisation) and their priorities", Government
//   Resolution No 411 of 30.4.2014 (areas by Resolution No 951 of 2013). The 2021–2027 strategy keeps only
//   three priorities (manufacturing & materials, health & biotech, ICT); not coded separately.
// - Kymenlaakso (FI1C4): "Kymenlaakso Smart Specialisation Strategy 2021–2025" (Regional Council of
//   Kymenlaakso, with MDI, 2021): smart and green logistics; renewable materials and energy; data economy,
//   cyber security and gaming. We split the two compound choices into two priorities each.
//   Predecessor: "Kymenlaakso's smart specialisation RIS3 strategy 2016–2020" (digitalisation, logistics,
//   bioeconomy).
// - Hamburg (DE60): "Regionale Innovationsstrategie (RIS) der Freien und Hansestadt Hamburg", 2021 (five
//   future topics: health, climate and energy, mobility, data science and digitalisation, materials
//   science and new materials), plus the Hamburg clusters that act as its smart specialisation
//   (logistics, maritime economy, aviation, media & IT, ...; clusterplattform.de).
// - Southern Denmark (DK03): "Region of Southern Denmark – Strategy 2012–2020: Health and social
//   innovation / Sustainable energy / Experience economy" (Southern Denmark Growth Forum, 2012); sustainable
//   energy split into its two strongholds, energy efficiency and offshore energy. DK03-5 (robotics) is NOT
//   in that strategy: it follows the Danish Board of Business Development's decentral business promotion
//   strategy 2020–2023 and the Odense robotics cluster; its source is the least verified in this file.
//
// Coding conventions (so that similar priorities in different regions get comparable codes):
// - Health/life sciences: C21, C32.5, M72.11, Q86 (+C26.6 where medical devices/imaging); NABS 07; tech
//   fields 13, 15, 16 (+11 diagnostics); objective public-health-health-wellbeing.
// - Agri-food: A01, C10; NABS 08; tech field 18; objective public-health-food-security.
// - Energy: D35 (D35.11 renewables), C27, C28.11 (turbines), F43.2 (building services); NABS 05; tech
//   fields 1, 27, 30; objectives sustainable-innovation-clean-energy / -energy-efficiency.
// - ICT/digital: J62, J63 (+J61 networks); NABS 06 (+04 networks, 11 e-government); tech fields 6, 7, 4.
// - Logistics/maritime: H49, H50, H52; NABS 04; tech fields 32, 25, 7; objectives blue-growth-maritime-
//   transport / sustainable-innovation-sustainable-mobility.
// - Materials/manufacturing: C20, C22, C24, C25, C28, M72.19; NABS 06; tech fields 20, 17, 21, 22, 26, 29;
//   KETs objectives.
// - Forest bioeconomy/wood: A02, C16, C17; NABS 08 (+06); objective sustainable-innovation-resource-efficiency.

export type DemoPriority = {
  region: string;
  code: string;
  title: string;
  description: string;
  sourceDocument: string;
  sourceYear: number;
  nace: string[];
  nabs: string[];
  objectives: string[];
  techFields: number[];
};

export const DEMO_GROUP: { name: string; description: string; regions: readonly string[] } = {
  name: 'GoSmart BSR',
  description:
    'The seven partner regions of GoSmart BSR (Interreg Baltic Sea Region): Podlaskie, Latvia (Vidzeme), ' +
    'Estonia, Lithuania, Kymenlaakso, Hamburg and Southern Denmark, looking for shared smart specialisation ' +
    'domains for transnational cooperation. Demo data.',
  regions: ['PL84', 'LV', 'EE', 'LT', 'FI1C4', 'DE60', 'DK03'],
};

const PODLASKIE_DOC =
  'Entrepreneurship development plan based on the smart specialisations of Podlaskie Voivodeship 2021–2027+ (RIS3 2027+)';
const LATVIA_DOC = 'Smart Specialisation Strategy (RIS3) of Latvia, areas as updated for 2021–2027';
const ESTONIA_DOC =
  'Knowledge-based Estonia: Estonian R&D and Innovation Strategy 2014–2020, smart specialisation growth areas';
const LITHUANIA_DOC =
  'Programme on the implementation of the priority areas of R&D and innovation (smart specialisation) of Lithuania';
const KYMENLAAKSO_DOC = 'Kymenlaakso Smart Specialisation Strategy 2021–2025';
const HAMBURG_RIS_DOC = 'Regional Innovation Strategy (RIS) of the Free and Hanseatic City of Hamburg';
const HAMBURG_CLUSTER_DOC =
  'Regional Innovation Strategy of Hamburg and Hamburg cluster policy (smart specialisation)';
const SOUTHERN_DENMARK_DOC =
  'Region of Southern Denmark – Strategy 2012–2020: Health and social innovation, Sustainable energy, Experience economy';
const DANISH_BUSINESS_DOC =
  'Danish Board of Business Development: decentral business promotion strategy 2020–2023';

export const DEMO_PRIORITIES: readonly DemoPriority[] = [
  // --- Podlaskie (PL84) ---
  {
    region: 'PL84',
    code: 'PL84-1',
    title: 'Agri-food industry and related sectors',
    description:
      'High-productivity and precision crop and livestock farming, food processing with milk production and ' +
      'dairy processing as the flagship, and high-quality, traditional and bio-based food. ICT, logistics and ' +
      'robotics for agribusiness are part of the value chain.',
    sourceDocument: PODLASKIE_DOC,
    sourceYear: 2021,
    nace: ['A01', 'A01.41', 'C10', 'C10.5', 'C10.51'],
    nabs: ['08'],
    objectives: ['public-health-food-security'],
    techFields: [18, 29],
  },
  {
    region: 'PL84',
    code: 'PL84-2',
    title: 'Metal-machinery and boat-building industry and related sectors',
    description:
      'Metal processing and the production of machinery and equipment, in particular machines for ' +
      'agriculture, food processing and forestry, and the building of boats and yachts with modern materials, ' +
      'structures and tooling. Robotics, automation and ICT for the sector are included.',
    sourceDocument: PODLASKIE_DOC,
    sourceYear: 2021,
    nace: ['C25', 'C28', 'C28.3', 'C28.93', 'C30.12'],
    nabs: ['06'],
    objectives: ['kets-advanced-manufacturing-systems', 'kets-advanced-materials'],
    techFields: [26, 29, 32],
  },
  {
    region: 'PL84',
    code: 'PL84-3',
    title: 'Medical sector, life sciences and related sectors',
    description:
      'Diagnostics of lifestyle diseases, genetics and molecular biology, regenerative medicine and new ' +
      'therapies including infertility treatment, biotechnology and bioinformatics, medical implants and ' +
      'rehabilitation. The silver economy, elderly care and health tourism complete the value chain.',
    sourceDocument: PODLASKIE_DOC,
    sourceYear: 2021,
    nace: ['C21', 'C32.5', 'M72.11', 'Q86', 'Q87.3'],
    nabs: ['07'],
    objectives: ['public-health-health-wellbeing', 'public-health-ageing', 'kets-industrial-biotechnology'],
    techFields: [13, 15, 16, 11],
  },
  {
    region: 'PL84',
    code: 'PL84-4',
    title: 'Eco-innovation, environmental sciences and related sectors',
    description:
      'Eco-innovation and eco-development (ecological engineering, biodiversity research), organic farming ' +
      'and food processing, sustainable harvesting and processing of wood, dispersed renewable energy and the ' +
      'machinery for it, and resource- and energy-saving construction including modular houses.',
    sourceDocument: PODLASKIE_DOC,
    sourceYear: 2021,
    nace: ['A01', 'C16', 'C16.23', 'D35.11', 'F41', 'E38'],
    nabs: ['02', '05', '04'],
    objectives: [
      'sustainable-innovation-eco-innovation',
      'sustainable-innovation-clean-energy',
      'sustainable-innovation-energy-efficiency',
      'sustainable-innovation-resource-efficiency',
    ],
    techFields: [24, 1, 35],
  },
  {
    region: 'PL84',
    code: 'PL84-5',
    title: 'ICT as a horizontal specialisation supporting the core sectors',
    description:
      'Software, data analytics, the internet of things and automation applied in the core specialisations: ' +
      'precision farming and food processing systems, industrial machinery control, telemedicine and ' +
      'environmental monitoring. Raised to a horizontal specialisation in RIS3 2027+.',
    sourceDocument: PODLASKIE_DOC,
    sourceYear: 2021,
    nace: ['J62', 'J63'],
    nabs: ['06'],
    objectives: ['digital-agenda-digital-economy', 'digital-agenda-e-health'],
    techFields: [6, 7, 12],
  },

  // --- Latvia (LV) ---
  {
    region: 'LV',
    code: 'LV-1',
    title: 'Knowledge-intensive bioeconomy',
    description:
      'Higher value added from agriculture, forestry, fisheries and food: wood-based materials and products, ' +
      'functional and healthier food, biorefining of biomass and side streams into chemicals and materials, ' +
      'and sustainable management of biological resources.',
    sourceDocument: LATVIA_DOC,
    sourceYear: 2021,
    nace: ['A01', 'A02', 'A03', 'C10', 'C16', 'C17'],
    nabs: ['08'],
    objectives: [
      'sustainable-innovation-resource-efficiency',
      'kets-industrial-biotechnology',
      'public-health-food-security',
    ],
    techFields: [18, 19],
  },
  {
    region: 'LV',
    code: 'LV-2',
    title: 'Biomedicine, medical technologies and biopharmacy',
    description:
      'Medicinal and organic chemistry for pharmaceuticals and active substances, a traditional Latvian ' +
      'strength around the Latvian Institute of Organic Synthesis and generic drug makers, together with ' +
      'biotechnology, molecular and personalised medicine, diagnostics and medical devices.',
    sourceDocument: LATVIA_DOC,
    sourceYear: 2021,
    nace: ['C21', 'C32.5', 'M72.11', 'Q86'],
    nabs: ['07'],
    objectives: ['public-health-health-wellbeing', 'kets-industrial-biotechnology'],
    techFields: [16, 14, 15, 13],
  },
  {
    region: 'LV',
    code: 'LV-3',
    title: 'Smart materials, technologies and engineering systems',
    description:
      'Functional and composite materials, nanomaterials, photonics and optoelectronics, and mechanical and ' +
      'electrical engineering systems, for manufacturing industries such as electronics, machinery and ' +
      'metalworking.',
    sourceDocument: LATVIA_DOC,
    sourceYear: 2021,
    nace: ['C20', 'C22', 'C25', 'C26', 'C27', 'C28', 'M72.19'],
    nabs: ['06'],
    objectives: [
      'kets-advanced-materials',
      'kets-nanotechnology',
      'kets-photonics',
      'kets-advanced-manufacturing-systems',
    ],
    techFields: [20, 17, 22, 9, 26],
  },
  {
    region: 'LV',
    code: 'LV-4',
    title: 'Smart energy and mobility',
    description:
      'Renewable energy from biomass, wind and sun, energy efficiency of buildings and industry, smart grids ' +
      'and energy storage, alternative fuels and electric and low-emission transport systems.',
    sourceDocument: LATVIA_DOC,
    sourceYear: 2021,
    nace: ['D35', 'C27', 'C29', 'F43.2', 'H49'],
    nabs: ['05', '04'],
    objectives: [
      'sustainable-innovation-clean-energy',
      'sustainable-innovation-energy-efficiency',
      'sustainable-innovation-sustainable-mobility',
    ],
    techFields: [1, 30, 32],
  },
  {
    region: 'LV',
    code: 'LV-5',
    title: 'Information and communication technologies',
    description:
      'Software development and IT services, data analytics and artificial intelligence, the internet of ' +
      'things and embedded systems, cyber security and e-services, and high-speed communication networks, as ' +
      'an industry of its own and as an enabler of the other areas.',
    sourceDocument: LATVIA_DOC,
    sourceYear: 2021,
    nace: ['J61', 'J62', 'J63'],
    nabs: ['06', '04'],
    objectives: [
      'digital-agenda-digital-economy',
      'digital-agenda-cyber-security',
      'digital-agenda-broadband',
    ],
    techFields: [6, 4, 3],
  },

  // --- Estonia (EE) ---
  {
    region: 'EE',
    code: 'EE-1',
    title: 'ICT horizontally through other sectors',
    description:
      'Use of ICT in industry (automation, robotics, industrial software), cyber security, software ' +
      'development and data analytics, and the e-government and digital identity solutions Estonia is known ' +
      'for, offered to other sectors and exported.',
    sourceDocument: ESTONIA_DOC,
    sourceYear: 2014,
    nace: ['J62', 'J63'],
    nabs: ['06', '11'],
    objectives: [
      'digital-agenda-digital-economy',
      'digital-agenda-cyber-security',
      'digital-agenda-e-government',
      'kets-advanced-manufacturing-systems',
    ],
    techFields: [6, 7, 4, 12],
  },
  {
    region: 'EE',
    code: 'EE-2',
    title: 'Health technologies and services',
    description:
      'Biotechnology and personalised medicine building on the Estonian Biobank, e-health and telemedicine ' +
      'services, diagnostics and medical devices, and the export of health services and health data ' +
      'solutions.',
    sourceDocument: ESTONIA_DOC,
    sourceYear: 2014,
    nace: ['C21', 'C26.6', 'C32.5', 'M72.11', 'Q86'],
    nabs: ['07'],
    objectives: [
      'public-health-health-wellbeing',
      'digital-agenda-e-health',
      'kets-industrial-biotechnology',
    ],
    techFields: [13, 15, 11, 16],
  },
  {
    region: 'EE',
    code: 'EE-3',
    title: 'More efficient use of resources: materials and chemical industry',
    description:
      'Materials science and industry, higher-value chemical processing of oil shale instead of burning it, ' +
      'and the processing of rare-earth metals and other mineral raw materials.',
    sourceDocument: ESTONIA_DOC,
    sourceYear: 2014,
    nace: ['C19', 'C20', 'C24', 'M72.19'],
    nabs: ['06', '01'],
    objectives: ['kets-advanced-materials', 'sustainable-innovation-resource-efficiency'],
    techFields: [19, 20, 23],
  },
  {
    region: 'EE',
    code: 'EE-4',
    title: 'More efficient use of resources: innovative wood-based construction',
    description:
      'Wood processing and prefabricated timber houses, of which Estonia is one of the largest exporters in ' +
      'Europe, engineered wood products and energy-efficient building solutions.',
    sourceDocument: ESTONIA_DOC,
    sourceYear: 2014,
    nace: ['C16', 'C16.23', 'F41'],
    nabs: ['04', '08'],
    objectives: ['sustainable-innovation-resource-efficiency', 'sustainable-innovation-energy-efficiency'],
    techFields: [35],
  },
  {
    region: 'EE',
    code: 'EE-5',
    title: 'More efficient use of resources: healthier food',
    description:
      'Functional and healthier food products, dairy and grain processing, and food biotechnology such as ' +
      'probiotics and fermentation, linking the food industry to health research.',
    sourceDocument: ESTONIA_DOC,
    sourceYear: 2014,
    nace: ['C10', 'C10.5', 'M72.11'],
    nabs: ['08', '07'],
    objectives: ['public-health-food-security', 'kets-industrial-biotechnology'],
    techFields: [18, 15],
  },

  // --- Lithuania (LT) ---
  {
    region: 'LT',
    code: 'LT-1',
    title: 'Energy and a sustainable environment',
    description:
      'Smart systems for energy efficiency, monitoring and management of generation, grids and consumers; ' +
      'energy and fuels from biomass and waste, and waste treatment; smart low-energy buildings and digital ' +
      'construction; solar energy equipment for electricity, heat and cooling.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['D35', 'C27', 'E38', 'F41'],
    nabs: ['05', '02'],
    objectives: [
      'sustainable-innovation-clean-energy',
      'sustainable-innovation-energy-efficiency',
      'sustainable-innovation-eco-innovation',
    ],
    techFields: [1, 24, 35],
  },
  {
    region: 'LT',
    code: 'LT-2',
    title: 'Health technologies and biotechnologies',
    description:
      'Molecular technologies for medicine and biopharmacy, advanced medical engineering for early diagnosis ' +
      'and treatment, and applied technologies for individual and public health, building on a strong ' +
      'biotechnology industry around Vilnius.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['C21', 'C26.6', 'C32.5', 'M72.11', 'Q86'],
    nabs: ['07'],
    objectives: ['public-health-health-wellbeing', 'kets-industrial-biotechnology'],
    techFields: [15, 16, 13, 11],
  },
  {
    region: 'LT',
    code: 'LT-3',
    title: 'Agro-innovation and food technologies',
    description:
      'Safer and functional food, processing of agricultural and biological raw materials in biorefineries, ' +
      'and sustainable use of agro-biological resources.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['A01', 'C10', 'M72.11'],
    nabs: ['08'],
    objectives: [
      'public-health-food-security',
      'kets-industrial-biotechnology',
      'sustainable-innovation-resource-efficiency',
    ],
    techFields: [18, 15],
  },
  {
    region: 'LT',
    code: 'LT-4',
    title: 'New production processes, materials and technologies',
    description:
      'Photonic and laser technologies, in which Lithuanian laser makers are world players; functional ' +
      'materials and coatings; structural and composite materials; and flexible technological systems for ' +
      'product development and manufacturing.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['C26.7', 'C20', 'C22', 'C25', 'C28', 'M72.19'],
    nabs: ['06'],
    objectives: ['kets-photonics', 'kets-advanced-materials', 'kets-advanced-manufacturing-systems'],
    techFields: [9, 21, 20, 17, 26],
  },
  {
    region: 'LT',
    code: 'LT-5',
    title: 'Transport, logistics and information and communication technologies (ICT)',
    description:
      'Smart transport systems and ICT, international transport corridors and competitive logistics hubs ' +
      'such as the port of Klaipėda, modern electronic content and information technologies, and ICT ' +
      'infrastructure, cloud solutions and services.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['H49', 'H50', 'H52', 'J61', 'J62', 'J63'],
    nabs: ['04', '06'],
    objectives: [
      'sustainable-innovation-sustainable-mobility',
      'blue-growth-maritime-transport',
      'digital-agenda-digital-economy',
      'digital-agenda-broadband',
    ],
    techFields: [32, 7, 6, 4],
  },
  {
    region: 'LT',
    code: 'LT-6',
    title: 'Inclusive and creative society',
    description:
      'Modern technologies and processes for learning and self-development, and processes for developing and ' +
      'implementing breakthrough innovations, including the creative industries and socially inclusive ' +
      'services.',
    sourceDocument: LITHUANIA_DOC,
    sourceYear: 2014,
    nace: ['P85', 'J58', 'J59', 'R90'],
    nabs: ['09', '10', '11'],
    objectives: ['social-innovation', 'creative-cultural-industries', 'human-capital'],
    techFields: [],
  },

  // --- Kymenlaakso (FI1C4) ---
  {
    region: 'FI1C4',
    code: 'FI1C4-1',
    title: 'Smart and green logistics',
    description:
      'Logistics around the HaminaKotka port, Finland’s largest universal port, and the Kouvola rail-road ' +
      'terminal: multimodal freight and transit, digitalised and automated port and terminal operations, and ' +
      'low-emission transport.',
    sourceDocument: KYMENLAAKSO_DOC,
    sourceYear: 2021,
    nace: ['H49.20', 'H50.2', 'H52.10', 'H52.22', 'H52.24'],
    nabs: ['04'],
    objectives: ['blue-growth-maritime-transport', 'sustainable-innovation-sustainable-mobility'],
    techFields: [32, 25, 7],
  },
  {
    region: 'FI1C4',
    code: 'FI1C4-2',
    title: 'Renewable materials and energy: bio-based materials',
    description:
      'The forest industry of Kouvola and Kotka (pulp, paper and board) renewing itself through new ' +
      'wood-fibre products, packaging and bio-based chemicals, and through the use of industrial side ' +
      'streams in a circular economy.',
    sourceDocument: KYMENLAAKSO_DOC,
    sourceYear: 2021,
    nace: ['A02', 'C16', 'C17', 'C20.14', 'E38'],
    nabs: ['06', '08'],
    objectives: ['sustainable-innovation-resource-efficiency', 'kets-industrial-biotechnology'],
    techFields: [28, 19, 24],
  },
  {
    region: 'FI1C4',
    code: 'FI1C4-3',
    title: 'Renewable materials and energy: clean energy',
    description:
      'Bioenergy and biogas from forest and agricultural side streams, waste-to-energy, and energy efficiency ' +
      'and low-carbon energy solutions for the region’s process industry.',
    sourceDocument: KYMENLAAKSO_DOC,
    sourceYear: 2021,
    nace: ['D35', 'D35.11', 'D35.3', 'E38'],
    nabs: ['05'],
    objectives: ['sustainable-innovation-clean-energy', 'sustainable-innovation-energy-efficiency'],
    techFields: [1, 30, 24],
  },
  {
    region: 'FI1C4',
    code: 'FI1C4-4',
    title: 'Data economy: data centres and data-driven services',
    description:
      'Data centres, led by Google’s data centre in Hamina on the site of a former paper mill, and ' +
      'data-driven services and open data for logistics, industry and the public sector.',
    sourceDocument: KYMENLAAKSO_DOC,
    sourceYear: 2021,
    nace: ['J63.11', 'J62'],
    nabs: ['06', '04'],
    objectives: ['digital-agenda-digital-economy', 'digital-agenda-broadband'],
    techFields: [6, 4, 7],
  },
  {
    region: 'FI1C4',
    code: 'FI1C4-5',
    title: 'Data economy: cyber security and gaming',
    description:
      'Cyber security research, training and services, and game development, both built on the education ' +
      'and research of the region’s university of applied sciences and on local start-ups.',
    sourceDocument: KYMENLAAKSO_DOC,
    sourceYear: 2021,
    nace: ['J58.21', 'J62'],
    nabs: ['06', '10'],
    objectives: ['digital-agenda-cyber-security', 'creative-cultural-industries'],
    techFields: [6, 4],
  },

  // --- Hamburg (DE60) ---
  {
    region: 'DE60',
    code: 'DE60-1',
    title: 'Health',
    description:
      'Life sciences and medical technology, from pharmaceuticals and diagnostics to medical devices and ' +
      'imaging, infection research, structural biology at the DESY campus, and digital health, carried by ' +
      'the Life Science Nord cluster and the university hospital.',
    sourceDocument: HAMBURG_RIS_DOC,
    sourceYear: 2021,
    nace: ['C21', 'C26.6', 'C32.5', 'M72.11', 'Q86'],
    nabs: ['07'],
    objectives: [
      'public-health-health-wellbeing',
      'kets-industrial-biotechnology',
      'digital-agenda-e-health',
    ],
    techFields: [13, 15, 16, 11],
  },
  {
    region: 'DE60',
    code: 'DE60-2',
    title: 'Climate and energy',
    description:
      'Renewable energy with the headquarters and service companies of the wind industry, a green hydrogen ' +
      'economy with electrolysis and hydrogen use in the port and industry, sector coupling and energy ' +
      'system integration, and climate adaptation of the city.',
    sourceDocument: HAMBURG_RIS_DOC,
    sourceYear: 2021,
    nace: ['D35', 'D35.11', 'C27', 'C28.11', 'C20.11'],
    nabs: ['05', '02'],
    objectives: [
      'sustainable-innovation-clean-energy',
      'sustainable-innovation-energy-efficiency',
      'blue-growth-blue-energy',
    ],
    techFields: [1, 27, 23],
  },
  {
    region: 'DE60',
    code: 'DE60-3',
    title: 'Mobility',
    description:
      'Connected, automated and low-emission urban mobility: intelligent transport systems (Hamburg hosted ' +
      'the ITS World Congress 2021), autonomous shuttles, electric and hydrogen buses and data-driven ' +
      'traffic management.',
    sourceDocument: HAMBURG_RIS_DOC,
    sourceYear: 2021,
    nace: ['H49', 'C29', 'J62'],
    nabs: ['04'],
    objectives: ['sustainable-innovation-sustainable-mobility', 'digital-agenda-digital-economy'],
    techFields: [32, 7, 12],
  },
  {
    region: 'DE60',
    code: 'DE60-4',
    title: 'Data science and digitalisation',
    description:
      'Artificial intelligence and data science at the universities, and the media and IT cluster with ' +
      'publishers, broadcasters, games studios and software companies, including the digital creative ' +
      'industries.',
    sourceDocument: HAMBURG_RIS_DOC,
    sourceYear: 2021,
    nace: ['J58', 'J59', 'J62', 'J63'],
    nabs: ['06', '10'],
    objectives: ['digital-agenda-digital-economy', 'creative-cultural-industries'],
    techFields: [6, 7, 2],
  },
  {
    region: 'DE60',
    code: 'DE60-5',
    title: 'Materials science and new materials',
    description:
      'Materials research with the DESY synchrotron PETRA III and the European XFEL, nanomaterials, ' +
      'composites and lightweight construction, and additive manufacturing, with transfer to the aviation, ' +
      'maritime and energy industries.',
    sourceDocument: HAMBURG_RIS_DOC,
    sourceYear: 2021,
    nace: ['C20', 'C22', 'C24', 'M72.19'],
    nabs: ['06', '13'],
    objectives: [
      'kets-advanced-materials',
      'kets-nanotechnology',
      'kets-photonics',
      'kets-advanced-manufacturing-systems',
    ],
    techFields: [20, 22, 17, 21],
  },
  {
    region: 'DE60',
    code: 'DE60-6',
    title: 'Logistics and maritime economy',
    description:
      'The port of Hamburg as Germany’s largest container port, port digitalisation (smartPORT), shipping ' +
      'companies, maritime suppliers and shipbuilding, and logistics services for the metropolitan region and ' +
      'the Baltic Sea.',
    sourceDocument: HAMBURG_CLUSTER_DOC,
    sourceYear: 2021,
    nace: ['H50.2', 'H52.10', 'H52.22', 'H52.24', 'C30.11'],
    nabs: ['04'],
    objectives: [
      'blue-growth-maritime-transport',
      'sustainable-innovation-sustainable-mobility',
      'digital-agenda-digital-economy',
    ],
    techFields: [32, 25, 7],
  },
  {
    region: 'DE60',
    code: 'DE60-7',
    title: 'Aviation',
    description:
      'Civil aviation with aircraft final assembly and cabin development, maintenance, repair and overhaul, ' +
      'and applied aeronautical research (ZAL), working on cabin systems, lightweight structures and ' +
      'low-emission flight including fuel cells.',
    sourceDocument: HAMBURG_CLUSTER_DOC,
    sourceYear: 2021,
    nace: ['C30.3', 'C33.16', 'H51'],
    nabs: ['04', '06'],
    objectives: ['kets-advanced-manufacturing-systems', 'sustainable-innovation-sustainable-mobility'],
    techFields: [32, 26, 20],
  },

  // --- Southern Denmark (DK03) ---
  {
    region: 'DK03',
    code: 'DK03-1',
    title: 'Health and social innovation',
    description:
      'Welfare technology for elderly care and rehabilitation, telemedicine, hospital logistics and ' +
      'health-care robots, and medical devices, developed with the region’s hospitals and municipalities ' +
      'as test beds and first customers.',
    sourceDocument: SOUTHERN_DENMARK_DOC,
    sourceYear: 2012,
    nace: ['Q86', 'Q87', 'Q88', 'C32.5', 'C26.6'],
    nabs: ['07', '11'],
    objectives: [
      'public-health-ageing',
      'public-health-health-wellbeing',
      'social-innovation',
      'digital-agenda-e-health',
    ],
    techFields: [13, 12],
  },
  {
    region: 'DK03',
    code: 'DK03-2',
    title: 'Sustainable energy: energy efficiency',
    description:
      'Energy-efficient components and systems, such as drives, heat pumps, refrigeration and heating ' +
      'controls, power electronics and intelligent buildings, and district heating, with large ' +
      'manufacturers and many smaller suppliers in the region.',
    sourceDocument: SOUTHERN_DENMARK_DOC,
    sourceYear: 2012,
    nace: ['C27', 'C28.1', 'C28.25', 'F43.2', 'D35.3'],
    nabs: ['05'],
    objectives: ['sustainable-innovation-energy-efficiency', 'sustainable-innovation-clean-energy'],
    techFields: [1, 30, 12, 27],
  },
  {
    region: 'DK03',
    code: 'DK03-3',
    title: 'Sustainable energy: offshore energy',
    description:
      'Offshore wind and the offshore oil and gas competences around Esbjerg: installation, operation and ' +
      'maintenance of offshore wind farms, port and vessel services, and the conversion of oil and gas ' +
      'know-how to renewable offshore energy.',
    sourceDocument: SOUTHERN_DENMARK_DOC,
    sourceYear: 2012,
    nace: ['D35.11', 'C28.11', 'B06', 'H52.22', 'F42.99'],
    nabs: ['05'],
    objectives: ['blue-growth-blue-energy', 'sustainable-innovation-clean-energy'],
    techFields: [27, 1, 35],
  },
  {
    region: 'DK03',
    code: 'DK03-4',
    title: 'Experience economy',
    description:
      'Coastal and nature tourism on the North Sea and the Wadden Sea, holiday homes, attractions and ' +
      'events, and new experience products and digital services that lengthen the season and raise ' +
      'productivity in tourism.',
    sourceDocument: SOUTHERN_DENMARK_DOC,
    sourceYear: 2012,
    nace: ['I55', 'N79', 'R90', 'R93'],
    nabs: ['10'],
    objectives: ['blue-growth-coastal-tourism', 'creative-cultural-industries', 'service-innovation'],
    techFields: [],
  },
  {
    region: 'DK03',
    code: 'DK03-5',
    title: 'Robotics and automation',
    description:
      'Collaborative and mobile robots, automation and drones around the Odense robotics cluster and the ' +
      'University of Southern Denmark, for manufacturing, logistics and health care.',
    sourceDocument: DANISH_BUSINESS_DOC,
    sourceYear: 2019,
    nace: ['C28', 'C28.99', 'C27', 'M72.19', 'J62'],
    nabs: ['06'],
    objectives: ['kets-advanced-manufacturing-systems', 'digital-agenda-digital-economy'],
    techFields: [12, 25, 26, 29],
  },
];
