import type {ProgrammeData} from './programme-data.ts';

/** One territory as the configurator offers it. */
export interface TerritoryChoice {
  id: string;
  name: string;
  departments: string[];
  /**
   * Places inside the territory for the components that take a place (finder, funding widget): its
   * intercommunalities that are wholly in it, as `siren:` places. Those components know places, not territory ids.
   */
  places: {value: string; label: string}[];
}

export function territoryChoices(data: ProgrammeData): TerritoryChoice[] {
  const {territories, groupements} = data.territories;
  return territories.map((territory, index) => ({
    id: territory.id,
    name: territory.name,
    departments: territory.departments,
    places: territory.groupements
      .map((i) => groupements[i]!)
      .filter((g) => g.territory === index)
      .map((g) => ({value: `siren:${g.siren}`, label: g.name})),
  }));
}
