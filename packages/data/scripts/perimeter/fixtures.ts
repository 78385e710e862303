import type {Cog} from './cog.ts';

/** A tiny geography for the pipeline's tests: two EPCI, an EPT inside a metropolis, a merged commune. */
export const cog: Cog = {
  year: 2026,
  packageVersion: '6.0.0',
  communes: [
    {
      code: '01001',
      nom: 'Alpha',
      type: 'commune-actuelle',
      departement: '01',
      region: '84',
      siren: '210100012',
      codesPostaux: ['01100'],
      population: 100,
      anciensCodes: ['01099'],
    },
    {
      code: '01099',
      nom: 'Vieux-Alpha',
      type: 'commune-deleguee',
      chefLieu: '01001',
    },
    {
      code: '01002',
      nom: 'Béta',
      type: 'commune-actuelle',
      departement: '01',
      region: '84',
      siren: '210100020',
      codesPostaux: ['01100'],
      population: 50,
    },
    {
      code: '02001',
      nom: 'Gamma',
      type: 'commune-actuelle',
      departement: '02',
      region: '32',
      siren: '210200010',
      codesPostaux: ['02100'],
      population: 20,
    },
    {
      code: '02002',
      nom: 'Delta',
      type: 'commune-actuelle',
      departement: '02',
      region: '32',
      siren: '210200028',
      codesPostaux: ['02100'],
      population: 10,
    },
    {
      code: '75056',
      nom: 'Paris',
      type: 'commune-actuelle',
      departement: '75',
      region: '11',
      siren: '217500016',
      codesPostaux: ['75001'],
      population: 2_000_000,
    },
    {
      code: '75101',
      nom: 'Paris 1er Arrondissement',
      type: 'arrondissement-municipal',
      commune: '75056',
    },
    {
      code: '93001',
      nom: 'Epsilon',
      type: 'commune-actuelle',
      departement: '93',
      region: '11',
      siren: '219300019',
      codesPostaux: ['93300'],
      population: 80_000,
    },
    {
      code: '97501',
      nom: 'Île',
      type: 'commune-actuelle',
      departement: '975',
      region: '',
      population: 5,
    },
  ],
  epci: [
    {
      code: '200000001',
      nom: 'CC Un',
      type: 'CC',
      membres: [{code: '01001'}, {code: '01002'}],
    },
    {
      code: '200000002',
      nom: 'CA Deux',
      type: 'CA',
      membres: [{code: '02001'}, {code: '02002'}],
    },
    {
      code: '200054781',
      nom: 'Métropole du Grand Paris',
      type: 'METRO',
      membres: [{code: '75056'}, {code: '93001'}],
    },
  ],
  ept: [
    {code: '200057867', nom: 'Plaine', type: 'EPT', membres: [{code: '93001'}]},
  ],
  regions: [
    {code: '84', nom: 'Auvergne-Rhône-Alpes'},
    {code: '32', nom: 'Hauts-de-France'},
    {code: '11', nom: 'Île-de-France'},
  ],
  departements: [
    {code: '01', nom: 'Ain', region: '84'},
    {code: '02', nom: 'Aisne', region: '32'},
  ],
};

export const geojson = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      properties: {
        id_territoire: 'ti-8401',
        lib_territoire: 'Territoire Un ',
        liste_geo: 'CC Un (200000001)',
      },
    },
    // Takes one commune of CA Deux only, like ti-2707 takes Cercy-la-Tour.
    {
      properties: {
        id_territoire: 'ti-3201',
        lib_territoire: 'Territoire Deux',
        liste_geo: 'Gamma (210200010)',
      },
    },
    {
      properties: {
        id_territoire: 'ti-1101',
        lib_territoire: 'Plaine',
        liste_geo: 'Plaine (200057867)',
      },
    },
  ],
});
