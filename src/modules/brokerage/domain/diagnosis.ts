import type { Barrier, CooperationModel, InternationalisationStage, ValueChainPosition } from './codes.ts';

/** The TIBS diagnosis of a client: confidential to the client, its broker and administrators. */
export type DiagnosisData = {
  valueChainPosition: ValueChainPosition | null;
  productsServices: string;
  innovationActivities: string;
  needs: string;
  internationalisationStage: InternationalisationStage | null;
  pastExperience: string;
  barriers: Barrier[];
  barriersText: string;
  goals: string;
  cooperationModels: CooperationModel[];
  targetCountries: string[];
};
