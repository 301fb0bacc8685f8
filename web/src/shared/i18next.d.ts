import 'i18next';
import type en from '../locales/en.json';
import type matchingEn from '../locales/matching/en.json';
import type networkEn from '../locales/network/en.json';
import type profilesEn from '../locales/profiles/en.json';
import type tibsEn from '../locales/tibs/en.json';
import type transS3En from '../locales/transS3/en.json';
import type transS3StepsEn from '../locales/transS3Steps/en.json';

// Typed keys: t('nav.organisations') is checked against en.json at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en &
        typeof tibsEn &
        typeof profilesEn &
        typeof networkEn &
        typeof matchingEn &
        typeof transS3En &
        typeof transS3StepsEn;
    };
  }
}
