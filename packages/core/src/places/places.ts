import {
  loadCommuneDirectory,
  type CommuneDirectory,
} from './commune-directory.ts';
import {loadPerimeter, type Perimeter} from './perimeter.ts';

/** Everything a place answer with its reasons needs: the perimeter and the commune directory. */
export interface Places {
  perimeter: Perimeter;
  directory: CommuneDirectory;
}

export async function loadPlaces(): Promise<Places> {
  const [perimeter, directory] = await Promise.all([
    loadPerimeter(),
    loadCommuneDirectory(),
  ]);
  return {perimeter, directory};
}
