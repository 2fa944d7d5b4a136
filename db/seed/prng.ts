/**
 * Deterministic randomness for the demo data: a seeded PRNG (mulberry32) and integer
 * apportionment helpers. Never Math.random: the same code always yields the same demo.
 */

export type Rng = () => number;

/** FNV-1a, 32 bit. */
function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A PRNG seeded by a label, e.g. rngFor("2020", "t3.granted.natural"). */
export function rngFor(...parts: Array<string | number>): Rng {
  return mulberry32(hashString(parts.join("|")));
}

/** Uniform in [min, max). */
export function between(rng: Rng, min: number, max: number): number {
  return min + (max - min) * rng();
}

/** Integer in [min, max], inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Rounds x to an integer, up or down at random in proportion to its fraction (unbiased). */
export function roundRandom(rng: Rng, x: number): number {
  const f = Math.floor(x);
  return rng() < x - f ? f + 1 : f;
}

/**
 * Splits a non-negative integer total into integer parts in proportion to the weights.
 * Units with weight 0 always get 0. Small totals are drawn one by one (so they land
 * naturally on a few units); large totals use largest remainders on jittered weights.
 */
export function distribute(total: number, weights: readonly number[], rng: Rng): number[] {
  const out = weights.map(() => 0);
  if (total === 0) return out;
  if (!Number.isInteger(total) || total < 0) throw new Error(`Cannot distribute ${total}`);
  const active = weights.filter((w) => w > 0).length;
  if (active === 0) throw new Error(`Cannot distribute ${total}: no unit has a weight`);

  if (total < 3 * active) {
    const sum = weights.reduce((a, b) => a + b, 0);
    for (let k = 0; k < total; k++) {
      let r = rng() * sum;
      let pick = -1;
      for (let i = 0; i < weights.length; i++) {
        if (weights[i] <= 0) continue;
        pick = i;
        if (r < weights[i]) break;
        r -= weights[i];
      }
      out[pick]++;
    }
    return out;
  }

  const jittered = weights.map((w) => (w > 0 ? w * between(rng, 0.7, 1.3) : 0));
  const sum = jittered.reduce((a, b) => a + b, 0);
  const exact = jittered.map((w) => (total * w) / sum);
  let left = total;
  exact.forEach((x, i) => {
    out[i] = Math.floor(x);
    left -= out[i];
  });
  const order = exact
    .map((x, i) => ({ i, frac: x - Math.floor(x) }))
    .filter(({ i }) => weights[i] > 0)
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; k < left; k++) out[order[k % order.length].i]++;
  return out;
}

/**
 * Like distribute, for a signed 本年增/减 column: a few units with enough items lose some
 * (negative change, never below zero items), the rest share the total plus those losses.
 */
export function distributeSigned(
  total: number,
  weights: readonly number[],
  prevCounts: readonly number[],
  rng: Rng,
  negatives = 2,
): number[] {
  const out = weights.map(() => 0);
  const candidates = weights.map((w, i) => i).filter((i) => weights[i] > 0 && prevCounts[i] >= 4);
  const losers = new Set<number>();
  let lost = 0;
  for (let k = 0; k < negatives && candidates.length > 1; k++) {
    const i = candidates.splice(Math.floor(rng() * candidates.length), 1)[0];
    const loss = intBetween(rng, 1, Math.min(6, Math.floor(prevCounts[i] / 2)));
    out[i] = -loss;
    lost += loss;
    losers.add(i);
  }
  const gains = distribute(
    total + lost,
    weights.map((w, i) => (losers.has(i) ? 0 : w)),
    rng,
  );
  return out.map((v, i) => v + gains[i]);
}

/** Amounts are handled as integers of 0.0001 (万元) to avoid float error. */
export const AMOUNT_SCALE = 10_000;

/** "6376.8025" → 63768025. */
export function amountToUnits(s: string): number {
  const [int, frac = ""] = s.split(".");
  return Number(int) * AMOUNT_SCALE + Number(frac.padEnd(4, "0"));
}

/** 63768025 → "6376.8025"; canonical (no trailing zeros, "0" for zero). */
export function unitsToAmount(units: number): string {
  const int = Math.floor(units / AMOUNT_SCALE);
  const frac = String(units % AMOUNT_SCALE)
    .padStart(4, "0")
    .replace(/0+$/, "");
  return frac ? `${int}.${frac}` : String(int);
}
