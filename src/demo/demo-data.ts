import type { HelixType } from '../modules/reference/index.ts';
import type { Role } from '../modules/accounts/index.ts';

/** The one password of every demo account; printed at start and listed in the README. */
export const DEMO_PASSWORD = 'gosmart-demo';

export type DemoOrganisation = {
  key: string;
  name: string;
  countryCode: string;
  nutsCode: string;
  helixType: HelixType;
  website: string;
  description: string;
};

/** The GoSmart BSR partners (Interreg BSR 2014-2020) in their NUTS 2021 regions. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'but',
    name: 'Bialystok University of Technology',
    countryCode: 'PL',
    nutsCode: 'PL84',
    helixType: 'research',
    website: 'https://pb.edu.pl',
    description: 'Lead partner of GoSmart BSR; technical university in Białystok, Podlaskie.',
  },
  {
    key: 'prdf',
    name: 'Podlaska Regional Development Foundation',
    countryCode: 'PL',
    nutsCode: 'PL84',
    helixType: 'administration',
    website: 'https://frrp.org.pl',
    description: 'Regional development agency of Podlaskie; drafted the TIBS guide and forms.',
  },
  {
    key: 'vidzeme',
    name: 'Vidzeme Planning Region',
    countryCode: 'LV',
    nutsCode: 'LV008',
    helixType: 'administration',
    website: 'https://www.vidzeme.lv',
    description: 'Regional planning authority of Vidzeme, Latvia; runs an innovation broker service.',
  },
  {
    key: 'valga',
    name: 'Valga Town Government',
    countryCode: 'EE',
    nutsCode: 'EE008',
    helixType: 'administration',
    website: 'https://www.valga.ee',
    description: 'Municipality of Valga, Southern Estonia, on the Estonian-Latvian border.',
  },
  {
    key: 'lic',
    name: 'Lithuanian Innovation Centre',
    countryCode: 'LT',
    nutsCode: 'LT011',
    helixType: 'administration',
    website: 'https://www.lic.lt',
    description: 'National innovation support organisation in Vilnius; Enterprise Europe Network partner.',
  },
  {
    key: 'kinno',
    name: 'Kouvola Innovation Ltd',
    countryCode: 'FI',
    nutsCode: 'FI1C4',
    helixType: 'administration',
    website: 'https://www.kinno.fi',
    description: 'Business development company of the City of Kouvola, Kymenlaakso.',
  },
  {
    key: 'hwwi',
    name: 'Hamburg Institute of International Economics (HWWI)',
    countryCode: 'DE',
    nutsCode: 'DE600',
    helixType: 'research',
    website: 'https://www.hwwi.org',
    description: 'Independent economic research institute in Hamburg.',
  },
  {
    key: 'aabenraa',
    name: 'Business Aabenraa',
    countryCode: 'DK',
    nutsCode: 'DK032',
    helixType: 'administration',
    website: 'https://www.businessaabenraa.dk',
    description: 'Business development organisation of Aabenraa Municipality, Southern Denmark.',
  },
];

export type DemoAccount = {
  email: string;
  name: string;
  role: Role;
  /** A demo partner's key (DEMO_ORGANISATIONS) or a demo client's (DEMO_CLIENTS). */
  organisationKey?: string;
  membershipRole?: 'manager' | 'member';
  language: 'en' | 'pl' | 'lv' | 'et' | 'lt' | 'fi' | 'de' | 'da';
};

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@gosmart.example', name: 'Demo Administrator', role: 'admin', language: 'en' },
  {
    email: 'analyst@gosmart.example',
    name: 'Demo S3 Analyst (Podlaskie)',
    role: 'analyst',
    organisationKey: 'but',
    language: 'pl',
  },
  {
    email: 'broker.pl@gosmart.example',
    name: 'Demo Broker Podlaskie',
    role: 'broker',
    organisationKey: 'prdf',
    language: 'pl',
  },
  {
    email: 'broker.lv@gosmart.example',
    name: 'Demo Broker Vidzeme',
    role: 'broker',
    organisationKey: 'vidzeme',
    language: 'lv',
  },
  {
    email: 'broker.ee@gosmart.example',
    name: 'Demo Broker Valga',
    role: 'broker',
    organisationKey: 'valga',
    language: 'et',
  },
  {
    email: 'broker.lt@gosmart.example',
    name: 'Demo Broker Lithuania',
    role: 'broker',
    organisationKey: 'lic',
    language: 'lt',
  },
  {
    email: 'broker.fi@gosmart.example',
    name: 'Demo Broker Kymenlaakso',
    role: 'broker',
    organisationKey: 'kinno',
    language: 'fi',
  },
  {
    email: 'broker.de@gosmart.example',
    name: 'Demo Broker Hamburg',
    role: 'broker',
    organisationKey: 'hwwi',
    language: 'de',
  },
  {
    email: 'broker.dk@gosmart.example',
    name: 'Demo Broker Southern Denmark',
    role: 'broker',
    organisationKey: 'aabenraa',
    language: 'da',
  },
  {
    email: 'member@gosmart.example',
    name: 'Demo Member (researcher)',
    role: 'member',
    organisationKey: 'but',
    language: 'en',
  },
  {
    email: 'sme@gosmart.example',
    name: 'Demo SME owner (Biebrza Dairy)',
    role: 'member',
    organisationKey: 'pl-biebrza-dairy',
    membershipRole: 'manager',
    language: 'pl',
  },
];
