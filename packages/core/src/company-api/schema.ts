import * as v from 'valibot';

// Only the fields the client uses: v.object drops the others, so new API fields never break us.
// Nullable wherever the OpenAPI spec or real answers allow it; strict on what the result rests on
// (identifiers and administrative state), because a guess there would mislead the user.

const text = v.nullish(v.string(), null);
// Coordinates are strings in the spec; accept numbers too in case the API starts sending them.
const coordinate = v.nullish(v.union([v.string(), v.number()]), null);

export const establishmentSchema = v.object({
  siret: v.pipe(v.string(), v.regex(/^\d{14}$/, 'a SIRET has 14 digits')),
  est_siege: v.nullish(v.boolean(), false),
  etat_administratif: v.picklist(['A', 'F', 'C']),
  commune: text,
  code_postal: text,
  libelle_commune: text,
  epci: text,
  // Absent from matching_etablissements items: derived from the commune code in normalise.ts.
  departement: text,
  region: text,
  adresse: text,
  latitude: coordinate,
  longitude: coordinate,
});

const companySchema = v.object({
  siren: v.pipe(v.string(), v.regex(/^\d{9}$/, 'a SIREN has 9 digits')),
  nom_complet: text,
  nom_raison_sociale: text,
  etat_administratif: v.picklist(['A', 'C']),
  activite_principale: text,
  // An unknown category is not worth failing the whole answer for.
  categorie_entreprise: v.fallback(
    v.nullable(v.picklist(['PME', 'ETI', 'GE'])),
    null
  ),
  tranche_effectif_salarie: text,
  annee_tranche_effectif_salarie: text,
  siege: v.nullish(establishmentSchema, null),
  matching_etablissements: v.nullish(v.array(establishmentSchema), []),
});

/** The answer of `GET /search`, reduced to what the client reads. */
export const searchAnswerSchema = v.object({results: v.array(companySchema)});

export type SearchAnswer = v.InferOutput<typeof searchAnswerSchema>;
export type ApiCompany = v.InferOutput<typeof companySchema>;
export type ApiEstablishment = v.InferOutput<typeof establishmentSchema>;
