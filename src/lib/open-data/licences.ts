// Licences an alliance can publish its open data under, by SPDX identifier:
// the two of the German federal data licence and the two Creative Commons
// licences most often used for open government data.
export interface LicenceInfo {
  /** Full German name. */
  name: string;
  url: string;
  /** Whether re-users must name the source. */
  attribution: boolean;
}

export const LICENCES = {
  'DL-DE-BY-2.0': {
    name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
    url: 'https://www.govdata.de/dl-de/by-2-0',
    attribution: true,
  },
  'DL-DE-ZERO-2.0': {
    name: 'Datenlizenz Deutschland – Zero – Version 2.0',
    url: 'https://www.govdata.de/dl-de/zero-2-0',
    attribution: false,
  },
  'CC-BY-4.0': {
    name: 'Creative Commons Namensnennung 4.0 International',
    url: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    attribution: true,
  },
  'CC0-1.0': {
    name: 'CC0 1.0 Universell (gemeinfrei)',
    url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.de',
    attribution: false,
  },
} as const satisfies Record<string, LicenceInfo>;

export type LicenceId = keyof typeof LICENCES;
export const LICENCE_IDS = Object.keys(LICENCES) as [LicenceId, ...LicenceId[]];
