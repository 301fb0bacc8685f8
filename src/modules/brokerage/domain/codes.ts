// The code lists of the brokerage workflow. Profile types and partnership types follow the
// Enterprise Europe Network's partnering opportunities, so brokers meet the terms they know.

export const PROFILE_TYPES = [
  'business_offer',
  'business_request',
  'technology_offer',
  'technology_request',
  'rd_partner_search',
] as const;
export type ProfileType = (typeof PROFILE_TYPES)[number];

/** EEN-style reference prefixes: TOPL20261127001 is a Polish technology offer. */
export const PROFILE_REFERENCE_PREFIX: Record<ProfileType, string> = {
  business_offer: 'BO',
  business_request: 'BR',
  technology_offer: 'TO',
  technology_request: 'TR',
  rd_partner_search: 'RDR',
};

export const PARTNERSHIP_TYPES = [
  'commercial_agreement',
  'commercial_with_technical_assistance',
  'licence',
  'joint_venture',
  'research_cooperation',
  'technical_cooperation',
  'subcontracting',
  'services',
  'financial',
  'acquisition',
] as const;
export type PartnershipType = (typeof PARTNERSHIP_TYPES)[number];

/** What a partnership (the outcome) can be: a partnership type, or an SME joint transnational smart strategy. */
export const PARTNERSHIP_OUTCOME_TYPES = [...PARTNERSHIP_TYPES, 'sme_joint_strategy'] as const;
export type PartnershipOutcomeType = (typeof PARTNERSHIP_OUTCOME_TYPES)[number];

/** EEN's development stages of a technology or product. */
export const DEVELOPMENT_STAGES = [
  'concept',
  'under_development',
  'prototype',
  'field_tested',
  'on_market',
] as const;
export type DevelopmentStage = (typeof DEVELOPMENT_STAGES)[number];

export const IPR_STATUSES = [
  'none',
  'secret_know_how',
  'patent_applied',
  'patent_granted',
  'copyright',
  'design_rights',
  'trademark',
  'other',
] as const;
export type IprStatus = (typeof IPR_STATUSES)[number];

export const PROFILE_STATUSES = [
  'draft',
  'submitted',
  'validated',
  'published',
  'expired',
  'withdrawn',
] as const;
export type ProfileStatus = (typeof PROFILE_STATUSES)[number];

export const CASE_STAGES = [
  'intake',
  'diagnosis',
  'partner_search',
  'introduced',
  'negotiation',
  'agreement',
  'follow_up',
  'closed',
] as const;
export type CaseStage = (typeof CASE_STAGES)[number];

export const CASE_OUTCOMES = ['won', 'lost', 'on_hold'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const ACTIVITY_KINDS = ['meeting', 'call', 'email', 'note'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const INTEREST_STATUSES = ['sent', 'accepted', 'declined', 'introduced'] as const;
export type InterestStatus = (typeof INTEREST_STATUSES)[number];

export const REFERRAL_STATUSES = ['sent', 'accepted', 'declined', 'closed'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

// The diagnosis form.
export const VALUE_CHAIN_POSITIONS = [
  'raw_materials',
  'components',
  'manufacturing',
  'assembly_integration',
  'distribution',
  'services',
  'research_development',
  'end_user',
] as const;
export type ValueChainPosition = (typeof VALUE_CHAIN_POSITIONS)[number];

export const INTERNATIONALISATION_STAGES = [
  'domestic_only',
  'indirect_export',
  'direct_export',
  'foreign_presence',
] as const;
export type InternationalisationStage = (typeof INTERNATIONALISATION_STAGES)[number];

export const BARRIERS = [
  'finding_partners',
  'market_information',
  'finance',
  'language_culture',
  'regulation_certification',
  'ipr_protection',
  'production_capacity',
  'logistics',
  'skills',
  'digital_readiness',
] as const;
export type Barrier = (typeof BARRIERS)[number];

export const COOPERATION_MODELS = [
  'supplier',
  'customer',
  'distributor',
  'technology_licensing',
  'joint_rd',
  'joint_venture',
  'subcontracting',
  'investment',
] as const;
export type CooperationModel = (typeof COOPERATION_MODELS)[number];
