/** What a parser of user or page input returns instead of throwing (house-style §3). */
export type Result<T, R extends string = string> =
  {ok: true; value: T} | {ok: false; reason: R};

export const ok = <T>(value: T): {ok: true; value: T} => ({ok: true, value});
export const fail = <R extends string>(reason: R): {ok: false; reason: R} => ({
  ok: false,
  reason,
});
